CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    name VARCHAR(50) NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_account (id, name) SELECT account.id, account.name 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

