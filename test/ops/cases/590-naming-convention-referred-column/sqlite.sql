CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE post (
    author INTEGER, 
    CONSTRAINT fk_post_author_user_uid FOREIGN KEY(author) REFERENCES user (uid)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

