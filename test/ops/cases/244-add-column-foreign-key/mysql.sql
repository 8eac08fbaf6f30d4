CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE address ADD COLUMN user_id INTEGER;

ALTER TABLE address ADD FOREIGN KEY(user_id) REFERENCES user (id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

