BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE user_data DROP CONSTRAINT ck_user_data_id;

ALTER TABLE user_data DROP COLUMN a1;

ALTER TABLE user_data ADD COLUMN new0 TEXT;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

