CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD CONSTRAINT uq_account_email UNIQUE (email);

CREATE INDEX ix_account_name ON account (name);

ALTER TABLE address ADD CONSTRAINT fk_address_user_id_user FOREIGN KEY(user_id) REFERENCES user (id);

ALTER TABLE account ADD CONSTRAINT ck_account_age CHECK (age > 0);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

