BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account DROP CONSTRAINT uq_account_value3;

ALTER TABLE account DROP CONSTRAINT pk_account;

ALTER TABLE account DROP CONSTRAINT uq_account_a1;

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    id2 INTEGER NOT NULL, 
    a1 BYTEA, 
    name2 SMALLINT, 
    value3 JSONB, 
    CONSTRAINT pk_account PRIMARY KEY (id, id2), 
    CONSTRAINT uq_account_value3 UNIQUE (value3), 
    CONSTRAINT uq_account_a1 UNIQUE (a1), 
    CONSTRAINT ck_new_0 CHECK (id >= 0)
);

COMMENT ON TABLE _alembic_tmp_account IS 'tc';

INSERT INTO _alembic_tmp_account (id, id2, a1, name2, value3) SELECT account.id, account.id2, account.a1, account.name2, account.value3 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

