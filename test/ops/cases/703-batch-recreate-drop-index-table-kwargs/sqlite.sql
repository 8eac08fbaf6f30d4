CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL, 
    n INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_t_n CHECK (n > 0), 
    UNIQUE (n)
);

INSERT INTO _alembic_tmp_t (id, n) SELECT t.id, t.n 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE UNIQUE INDEX ix_t_id_n ON t (id, n);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

