CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TYPE mood RENAME TO mood_old;

ALTER TABLE account ALTER COLUMN mood TYPE VARCHAR(5);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

