BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TYPE blob_kind AS ENUM ('small', 'large');

CREATE TABLE blob (
    id SERIAL NOT NULL, 
    kind blob_kind NOT NULL, 
    tags TEXT[], 
    payload BYTEA, 
    flag BOOLEAN DEFAULT false NOT NULL, 
    CONSTRAINT blob_pkey PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

