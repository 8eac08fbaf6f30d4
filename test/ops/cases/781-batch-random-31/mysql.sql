CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    name0 VARCHAR(50) COMMENT 'c name0', 
    c1_r VARCHAR(50) COMMENT 'c c1', 
    value2 TIME, 
    name3 BOOL NOT NULL, 
    d4 BOOL COMMENT 'c d4', 
    mood ENUM('a','b'), 
    PRIMARY KEY (id), 
    UNIQUE (name0), 
    UNIQUE (c1_r), 
    UNIQUE (d4), 
    UNIQUE (name0)
);

INSERT INTO _alembic_tmp_t (id, name0, c1_r, value2, name3, d4, mood) SELECT t.id, t.name0, t.c1, t.value2, t.name3 AS name3, t.d4, t.mood 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

