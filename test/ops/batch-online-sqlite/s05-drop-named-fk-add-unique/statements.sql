CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    name VARCHAR(50), 
    parent_id INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_account_name UNIQUE (name), 
    CONSTRAINT ck_account_name CHECK (length(name) > 0)
);

INSERT INTO _alembic_tmp_account (id, name, parent_id) SELECT account.id, account.name, account.parent_id 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

