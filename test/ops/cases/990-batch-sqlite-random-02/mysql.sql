CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE INDEX ix_new_a1 ON t (a1);

ALTER TABLE t ALTER COLUMN a1 SET DEFAULT CURRENT_TIMESTAMP;

ALTER TABLE t DROP COLUMN c0;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

