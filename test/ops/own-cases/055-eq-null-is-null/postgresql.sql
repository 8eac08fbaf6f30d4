BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

UPDATE nodes SET provision_state='available' WHERE nodes.provision_state IS NULL;

UPDATE nodes SET provision_state='available' WHERE nodes.provision_state IS NULL;

UPDATE nodes SET provision_state='x' WHERE nodes.provision_state IS NOT NULL;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

