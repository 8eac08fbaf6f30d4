CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD COLUMN email VARCHAR(200);

ALTER TABLE account CHANGE name full_name VARCHAR(50) NULL;

ALTER TABLE account DROP COLUMN legacy;

CREATE UNIQUE INDEX ix_account_email ON account (email);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

