BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account DROP CONSTRAINT uq_account_name1;

ALTER TABLE account DROP CONSTRAINT ck_account_id;

CREATE TABLE _alembic_tmp_account (
    id SERIAL NOT NULL, 
    value0 BYTEA, 
    name1 UUID, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_account_name1 UNIQUE (name1), 
    CONSTRAINT ck_account_id CHECK (id > 0), 
    CONSTRAINT uq_new_value0 UNIQUE (value0)
);

INSERT INTO _alembic_tmp_account (id, value0, name1) SELECT account.id, account.value0, account.name1 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE INDEX ix_account_value0_name1 ON account (value0, name1);

CREATE INDEX ix_new_name1 ON account (name1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

