BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t DROP CONSTRAINT fk_ab;

CREATE TYPE status AS ENUM ('new', 'old');

CREATE TABLE _alembic_tmp_t (
    id SERIAL NOT NULL, 
    status status, 
    aa TEXT, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_t (id, aa) SELECT t.id, CAST(t.a AS TEXT) AS a 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE INDEX ix_t_ab ON t (aa, b) WHERE a > 0;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

