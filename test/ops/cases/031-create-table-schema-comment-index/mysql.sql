CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE billing.invoice (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    number VARCHAR(20) COMMENT 'invoice no', 
    PRIMARY KEY (id)
)COMMENT='invoices';

CREATE INDEX ix_billing_invoice_number ON billing.invoice (number);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

