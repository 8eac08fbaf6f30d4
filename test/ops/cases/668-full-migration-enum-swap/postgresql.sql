BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TYPE mood RENAME TO mood_old;

CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');

ALTER TABLE account ALTER COLUMN mood TYPE mood USING mood::text::mood;

DROP TYPE mood_old;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

