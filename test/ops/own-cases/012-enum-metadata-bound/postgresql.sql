BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    c m.e
);

CREATE TABLE u (
    c xy
);

CREATE TYPE xy AS ENUM ('x', 'y');

CREATE TABLE u (
    c xy
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

