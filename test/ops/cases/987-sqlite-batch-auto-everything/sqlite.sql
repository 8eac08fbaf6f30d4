CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    age INTEGER DEFAULT '0', 
    full_name VARCHAR(100) NOT NULL, 
    email VARCHAR(100), 
    PRIMARY KEY (id), 
    CONSTRAINT uq_account_email_age UNIQUE (email, age), 
    CONSTRAINT ck_account_age CHECK (age >= 0)
);

INSERT INTO _alembic_tmp_account (id, full_name, email) SELECT account.id, account.name, account.email 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE INDEX ix_account_email ON account (email);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

