CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account CHANGE name full_name VARCHAR(50) NOT NULL DEFAULT 'anon' COMMENT 'display name';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

