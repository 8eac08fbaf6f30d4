BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t DROP CONSTRAINT uq_t_b2;

CREATE TYPE e_46 AS ENUM ('a', 'b');

CREATE TABLE _alembic_tmp_t (
    id SERIAL NOT NULL, 
    d0 TIME WITHOUT TIME ZONE NOT NULL, 
    f1 BIGINT, 
    b2 JSONB, 
    b3 BYTEA, 
    "Mixed4" BYTEA, 
    mood e_46, 
    new0 BOOLEAN, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_t_b2 UNIQUE (b2), 
    CONSTRAINT ck_new_0 CHECK (id >= 0), 
    UNIQUE (b3), 
    UNIQUE ("Mixed4")
);

COMMENT ON COLUMN _alembic_tmp_t.f1 IS 'c f1';

INSERT INTO _alembic_tmp_t (id, d0, f1, b2, b3, "Mixed4", mood) SELECT t.id, t.d0, t.f1, t.b2, t.b3, t."Mixed4", t.mood 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

