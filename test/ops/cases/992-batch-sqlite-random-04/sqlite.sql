CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    name0 FLOAT NOT NULL, 
    a1 VARCHAR(50), 
    e2 VARCHAR(50), 
    e3 VARCHAR(50) NOT NULL, 
    new0 INTEGER DEFAULT 0, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_account_id CHECK (id > 0)
);

INSERT INTO _alembic_tmp_account (id, name0, a1, e2, e3) SELECT account.id, account.name0, account.a1, account.e2, account.e3 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE UNIQUE INDEX ix_account_a1 ON account (a1);

CREATE INDEX ix_new_e2 ON account (e2);

CREATE INDEX ix_new_e3 ON account (e3);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

