CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE post ADD COLUMN account_id INTEGER;

ALTER TABLE post ADD FOREIGN KEY(account_id) REFERENCES account (id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

