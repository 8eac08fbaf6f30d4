BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TYPE mood AS ENUM ('a', 'b');

CREATE TABLE other (
    id SERIAL NOT NULL, 
    mood mood, 
    PRIMARY KEY (id)
);

CREATE TABLE other2 (
    id SERIAL NOT NULL, 
    mood mood, 
    PRIMARY KEY (id)
);

CREATE TABLE _alembic_tmp_t (
    id SERIAL NOT NULL, 
    mood mood, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_t (id, mood) SELECT t.id, t.mood 
FROM t;

DROP TABLE t;

DROP TYPE old_enum;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

