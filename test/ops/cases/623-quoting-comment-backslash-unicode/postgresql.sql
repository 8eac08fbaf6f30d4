BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    c INTEGER
);

COMMENT ON TABLE t IS 'tab    and 100%';

COMMENT ON COLUMN t.c IS 'back\\slash ünïcode';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

