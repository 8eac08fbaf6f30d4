BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TYPE mood AS ENUM ('a', 'b');

CREATE TABLE _alembic_tmp_t (
    id SERIAL NOT NULL, 
    mood mood, 
    x INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_t (id, mood) SELECT t.id, t.mood 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE TABLE _alembic_tmp_t (
    id SERIAL NOT NULL, 
    mood mood, 
    y INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_t (id, mood) SELECT t.id, t.mood 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

