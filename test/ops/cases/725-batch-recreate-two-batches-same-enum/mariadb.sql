CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    mood ENUM('a','b'), 
    x INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_t (id, mood) SELECT t.id, t.mood 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    mood ENUM('a','b'), 
    y INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_t (id, mood) SELECT t.id, t.mood 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

