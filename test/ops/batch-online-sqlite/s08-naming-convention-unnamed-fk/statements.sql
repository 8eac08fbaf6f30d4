CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    parent_id INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_account (id, parent_id) SELECT account.id, account.parent_id 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

