CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ALTER COLUMN count SET NOT NULL;

ALTER TABLE account ALTER COLUMN count SET DEFAULT '0';

ALTER TABLE account ALTER COLUMN count TYPE BIGINT;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

