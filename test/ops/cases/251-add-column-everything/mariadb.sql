CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD COLUMN owner_id BIGINT NOT NULL COMMENT 'owning user' DEFAULT '1';

ALTER TABLE account ADD FOREIGN KEY(owner_id) REFERENCES owner (id) ON DELETE CASCADE;

CREATE INDEX ix_account_owner_id ON account (owner_id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

