CREATE TABLE _alembic_tmp_account (
    id SERIAL NOT NULL, 
    note TEXT, 
    name VARCHAR(50) NOT NULL, 
    n VARCHAR(10) DEFAULT '0', 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_account (id, name, n) SELECT account.id, account.name, CAST(account.n AS VARCHAR(10)) AS n 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE UNIQUE INDEX ix_account_name ON account (name);

