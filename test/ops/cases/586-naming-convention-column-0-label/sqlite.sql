CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE billing.account (
    email VARCHAR(100)
);

CREATE INDEX billing.ix_billing_account_email ON account (email);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

