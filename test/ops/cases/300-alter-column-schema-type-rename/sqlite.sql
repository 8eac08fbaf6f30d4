CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE billing.account ALTER COLUMN name TYPE TEXT;

ALTER TABLE billing.account RENAME name TO label;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

