CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    value0 JSON, 
    a1 TIME, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_account_id CHECK (id > 0), 
    CONSTRAINT uq_new_value0 UNIQUE (value0), 
    UNIQUE (value0)
);

INSERT INTO _alembic_tmp_account (id, value0, a1) SELECT account.id, account.value0, account.a1 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE INDEX ix_account_a1 ON account (a1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

