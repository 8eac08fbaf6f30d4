CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    a0 TEXT COMMENT 'c a0' DEFAULT '', 
    f1 FLOAT NOT NULL DEFAULT '1', 
    PRIMARY KEY (id), 
    CONSTRAINT ck_account_id CHECK (id > 0), 
    UNIQUE (f1)
);

INSERT INTO _alembic_tmp_account (id, a0, f1) SELECT account.id, account.a0, account.f1 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE INDEX ix_new_f1 ON account (f1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

