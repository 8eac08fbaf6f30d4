CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE post ADD CONSTRAINT fk_post_account FOREIGN KEY(account_id) REFERENCES account (id) ON DELETE CASCADE;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

