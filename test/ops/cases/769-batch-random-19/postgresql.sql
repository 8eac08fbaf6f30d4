BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t DROP CONSTRAINT ck_t_id;

CREATE TABLE _alembic_tmp_t (
    id SERIAL NOT NULL, 
    name0 JSON, 
    e1 UUID, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_t_id CHECK (id > 0), 
    CONSTRAINT ck_new_0 CHECK (id >= 0), 
    UNIQUE (name0), 
    UNIQUE (e1), 
    UNIQUE (name0)
);

INSERT INTO _alembic_tmp_t (id, name0, e1) SELECT t.id, t.name0, t.e1 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE INDEX ix_t_name0 ON t (name0);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

