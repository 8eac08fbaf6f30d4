CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD COLUMN status VARCHAR(20);

UPDATE account SET status='active';

ALTER TABLE account ALTER COLUMN status SET NOT NULL;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

