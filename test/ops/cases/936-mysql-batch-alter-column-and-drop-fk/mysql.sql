CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE post MODIFY title VARCHAR(100) NOT NULL;

ALTER TABLE post CHANGE body content TEXT NULL;

ALTER TABLE post DROP FOREIGN KEY fk_post_account;

CREATE INDEX ix_post_title ON post (title(10));

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

