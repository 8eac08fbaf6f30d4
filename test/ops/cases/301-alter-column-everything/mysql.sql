CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account CHANGE name label VARCHAR(100) NOT NULL DEFAULT 'x' COMMENT 'c';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

