CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    name0 DATETIME NOT NULL COMMENT 'c name0', 
    a1 NUMERIC(10, 2), 
    e2 BOOL DEFAULT false, 
    c3 DATE NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_account_c3 UNIQUE (c3), 
    CONSTRAINT ck_account_id CHECK (id > 0), 
    CONSTRAINT ck_new_0 CHECK (id >= 0), 
    CONSTRAINT uq_new_a1 UNIQUE (a1)
)COMMENT='tc';

INSERT INTO _alembic_tmp_account (id, name0, a1, e2, c3) SELECT account.id, account.name0, account.a1, account.e2, account.c3 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

