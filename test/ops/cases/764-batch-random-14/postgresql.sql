BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t DROP CONSTRAINT uq_t_e0;

ALTER TABLE t DROP CONSTRAINT ck_t_id;

CREATE TABLE _alembic_tmp_t (
    id SERIAL NOT NULL, 
    new1 BOOLEAN, 
    e0 DATE, 
    name1 JSONB, 
    new0 BIGINT, 
    f2 TEXT, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_t_e0 UNIQUE (e0), 
    CONSTRAINT ck_t_id CHECK (id > 0), 
    CONSTRAINT ck_new_0 CHECK (id >= 0)
);

COMMENT ON COLUMN _alembic_tmp_t.name1 IS 'c name1';

INSERT INTO _alembic_tmp_t (id, e0, name1, f2) SELECT t.id, t.e0, t.name1, CAST(t.f2 AS TEXT) AS f2 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE INDEX ix_t_name1 ON t (name1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

