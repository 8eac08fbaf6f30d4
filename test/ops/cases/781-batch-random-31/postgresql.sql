BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TYPE e_31 AS ENUM ('a', 'b');

CREATE TABLE _alembic_tmp_t (
    id SERIAL NOT NULL, 
    name0 VARCHAR(50), 
    c1_r VARCHAR(50), 
    value2 TIME WITHOUT TIME ZONE, 
    name3 BOOLEAN NOT NULL, 
    d4 BOOLEAN, 
    mood e_31, 
    PRIMARY KEY (id), 
    UNIQUE (name0), 
    UNIQUE (c1_r), 
    UNIQUE (d4), 
    UNIQUE (name0)
);

COMMENT ON COLUMN _alembic_tmp_t.name0 IS 'c name0';

COMMENT ON COLUMN _alembic_tmp_t.c1_r IS 'c c1';

COMMENT ON COLUMN _alembic_tmp_t.d4 IS 'c d4';

INSERT INTO _alembic_tmp_t (id, name0, c1_r, value2, name3, d4, mood) SELECT t.id, t.name0, t.c1, t.value2, CAST(t.name3 AS BOOLEAN) AS name3, t.d4, t.mood 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

