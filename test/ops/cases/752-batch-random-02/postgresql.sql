BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t DROP CONSTRAINT uq_t_c0;

CREATE TABLE _alembic_tmp_t (
    id SERIAL NOT NULL, 
    c0 INTEGER NOT NULL, 
    name1 JSONB, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_t_c0 UNIQUE (c0), 
    CONSTRAINT uq_new_c0 UNIQUE (c0)
);

INSERT INTO _alembic_tmp_t (id, c0, name1) SELECT t.id, CAST(t.c0 AS INTEGER) AS c0, t.name1 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE INDEX ix_t_name1_c0 ON t (name1, c0);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

