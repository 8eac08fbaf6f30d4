CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE UNIQUE INDEX billing.ix_account_code ON account (code);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

