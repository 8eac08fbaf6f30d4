CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    email VARCHAR(100), 
    name VARCHAR(50), 
    PRIMARY KEY (id), 
    CONSTRAINT uq_account_email UNIQUE (email)
);

INSERT INTO _alembic_tmp_account (id, email) SELECT account.id, account.email 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

