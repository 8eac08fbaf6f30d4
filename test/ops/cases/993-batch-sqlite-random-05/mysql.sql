CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE user_data ADD COLUMN new0 VARCHAR(30);

ALTER TABLE user_data ADD COLUMN new1 NUMERIC(12, 3);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

