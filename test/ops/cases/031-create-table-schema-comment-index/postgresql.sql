BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE billing.invoice (
    id SERIAL NOT NULL, 
    number VARCHAR(20), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_billing_invoice_number ON billing.invoice (number);

COMMENT ON TABLE billing.invoice IS 'invoices';

COMMENT ON COLUMN billing.invoice.number IS 'invoice no';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

