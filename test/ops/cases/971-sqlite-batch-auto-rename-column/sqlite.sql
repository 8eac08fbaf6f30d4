CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    full_name VARCHAR(50) NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_account (id, full_name) SELECT account.id, account.name 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE INDEX ix_account_name ON account (full_name);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

