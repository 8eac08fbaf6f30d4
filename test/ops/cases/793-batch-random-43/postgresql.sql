BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE s1.t DROP CONSTRAINT uq_t_c0;

ALTER TABLE s1.t DROP CONSTRAINT ck_t_id;

CREATE TABLE s1._alembic_tmp_t (
    id SERIAL NOT NULL, 
    c0 BYTEA, 
    a1 TIME WITHOUT TIME ZONE, 
    name2 JSONB NOT NULL, 
    new0 VARCHAR(30), 
    b3 TEXT, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_t_c0 UNIQUE (c0), 
    CONSTRAINT ck_t_id CHECK (id > 0), 
    UNIQUE (c0)
);

INSERT INTO s1._alembic_tmp_t (id, c0, a1, name2, b3) SELECT s1.t.id, s1.t.c0, s1.t.a1, s1.t.name2, s1.t.b3 
FROM s1.t;

DROP TABLE s1.t;

ALTER TABLE s1._alembic_tmp_t RENAME TO t;

CREATE INDEX ix_t_c0_name2 ON s1.t (c0, name2);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

