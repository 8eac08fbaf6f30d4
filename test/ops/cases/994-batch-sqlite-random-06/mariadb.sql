CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

DROP INDEX ix_user_data_e1 ON user_data;

CREATE INDEX ix_new_e0 ON user_data (e0);

ALTER TABLE user_data ADD COLUMN new0 INTEGER DEFAULT (1 + 1);

ALTER TABLE user_data ADD COLUMN new1 FLOAT;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

