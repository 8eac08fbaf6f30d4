BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id SERIAL NOT NULL, 
    c0 NUMERIC(10, 2) NOT NULL, 
    name1 TEXT DEFAULT '', 
    b2 UUID, 
    new0 FLOAT, 
    PRIMARY KEY (id), 
    UNIQUE (name1)
);

COMMENT ON TABLE _alembic_tmp_t IS 'tc';

INSERT INTO _alembic_tmp_t (id, c0, name1, b2) SELECT t.id, t.c0, t.name1, t.b2 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE INDEX ix_t_b2 ON t (b2);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

