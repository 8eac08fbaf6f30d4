CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    f0 NUMERIC(10, 2) NOT NULL, 
    value1 FLOAT NOT NULL, 
    parent_id INTEGER, 
    new0 FLOAT, 
    PRIMARY KEY (id), 
    UNIQUE (value1), 
    FOREIGN KEY(parent_id) REFERENCES account (id)
);

INSERT INTO _alembic_tmp_account (id, f0, value1, parent_id) SELECT account.id, account.f0, account.value1, account.parent_id 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE INDEX ix_account_parent_id ON account (parent_id);

CREATE INDEX ix_new_value1 ON account (value1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

