CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account MODIFY score INTEGER NOT NULL DEFAULT '5';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

