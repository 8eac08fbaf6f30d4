CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    email VARCHAR(100), 
    deleted BOOLEAN, 
    note TEXT, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_account (id, email, deleted) SELECT account.id, account.email, account.deleted 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE UNIQUE INDEX ix_account_email ON account (email) WHERE deleted = 0;

