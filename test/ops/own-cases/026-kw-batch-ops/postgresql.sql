BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    id SERIAL NOT NULL, 
    x INTEGER, 
    "old" INTEGER, 
    PRIMARY KEY (id)
);

ALTER TABLE t ADD COLUMN y INTEGER;

ALTER TABLE t ALTER COLUMN x SET NOT NULL;

ALTER TABLE t DROP COLUMN "old";

CREATE INDEX ix_t_y ON t (y);

ALTER TABLE t ADD CONSTRAINT uq_t_x UNIQUE (x);

ALTER TABLE t ADD CONSTRAINT fk_t_y FOREIGN KEY(y) REFERENCES t (id);

ALTER TABLE t ADD CONSTRAINT ck_t_y CHECK (y > 0);

ALTER TABLE t DROP CONSTRAINT ck_t_y;

DROP INDEX ix_t_y;

COMMENT ON TABLE t IS 'c';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

