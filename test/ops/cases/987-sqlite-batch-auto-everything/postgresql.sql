BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD COLUMN age INTEGER DEFAULT '0';

ALTER TABLE account DROP COLUMN legacy;

ALTER TABLE account ALTER COLUMN name TYPE VARCHAR(100);

ALTER TABLE account RENAME name TO full_name;

ALTER TABLE account DROP CONSTRAINT uq_account_email;

ALTER TABLE account ADD CONSTRAINT uq_account_email_age UNIQUE (email, age);

ALTER TABLE account ADD CONSTRAINT ck_account_age CHECK (age >= 0);

DROP INDEX ix_account_name;

CREATE INDEX ix_account_email ON account (email);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

