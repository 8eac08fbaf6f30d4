CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL, 
    b0 DATETIME, 
    e1 VARCHAR(30), 
    e2 JSON, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_new_2 CHECK (id >= 0), 
    UNIQUE (e2)
);

INSERT INTO _alembic_tmp_t (id, b0, e1, e2) SELECT t.id, t.b0, t.e1, t.e2 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE INDEX ix_t_e2 ON t (e2);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

