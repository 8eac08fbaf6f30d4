CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE billing.invoice (
    id INTEGER NOT NULL, 
    number VARCHAR(20), 
    PRIMARY KEY (id)
);

CREATE INDEX billing.ix_billing_invoice_number ON invoice (number);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

