ALTER TABLE account ADD COLUMN email VARCHAR(100) DEFAULT 'none';

CREATE INDEX ix_account_email ON account (email);

