CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE INDEX ix_new_e2 ON account (e2);

ALTER TABLE account ADD COLUMN new0 INTEGER DEFAULT 0;

CREATE INDEX ix_new_e3 ON account (e3);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

