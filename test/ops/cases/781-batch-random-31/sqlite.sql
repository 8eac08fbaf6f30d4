CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL, 
    name0 VARCHAR(50), 
    c1_r VARCHAR(50), 
    value2 TIME, 
    name3 BOOLEAN NOT NULL, 
    d4 BOOLEAN, 
    mood VARCHAR(1), 
    PRIMARY KEY (id), 
    UNIQUE (name0), 
    UNIQUE (c1_r), 
    UNIQUE (d4), 
    UNIQUE (name0)
);

INSERT INTO _alembic_tmp_t (id, name0, c1_r, value2, name3, d4, mood) SELECT t.id, t.name0, t.c1, t.value2, CAST(t.name3 AS BOOLEAN) AS name3, t.d4, t.mood 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

