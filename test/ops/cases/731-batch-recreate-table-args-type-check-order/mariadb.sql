CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    n INTEGER, 
    kind VARCHAR(1), 
    PRIMARY KEY (id), 
    CONSTRAINT ck_args CHECK (n > 0), 
    CONSTRAINT kind CHECK (kind IN ('a', 'b')), 
    CONSTRAINT uq_t_n UNIQUE (n), 
    CONSTRAINT ck_added CHECK (n < 100)
);

INSERT INTO _alembic_tmp_t (id, n, kind) SELECT t.id, t.n, t.kind 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

