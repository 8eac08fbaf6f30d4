CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE billing.account (
    email VARCHAR(100)
);

CREATE INDEX ix_billing_account_email ON billing.account (email);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

