CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD COLUMN age INTEGER DEFAULT '0';

ALTER TABLE account DROP COLUMN legacy;

ALTER TABLE account CHANGE name full_name VARCHAR(100) NULL;

ALTER TABLE account DROP INDEX uq_account_email;

ALTER TABLE account ADD CONSTRAINT uq_account_email_age UNIQUE (email, age);

ALTER TABLE account ADD CONSTRAINT ck_account_age CHECK (age >= 0);

DROP INDEX ix_account_name ON account;

CREATE INDEX ix_account_email ON account (email);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

