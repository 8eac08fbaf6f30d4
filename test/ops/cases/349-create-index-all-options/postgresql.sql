BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE UNIQUE INDEX CONCURRENTLY ix_everything ON billing.account USING btree (email, lower(name)) INCLUDE (id) WITH (fillfactor = 70) WHERE deleted IS false;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

