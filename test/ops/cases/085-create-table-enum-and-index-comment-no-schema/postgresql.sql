BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TYPE t_kind AS ENUM ('a', 'b');

CREATE TABLE t (
    id SERIAL NOT NULL, 
    kind t_kind, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_t_kind ON t (kind);

COMMENT ON COLUMN t.kind IS 'kind of t';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

