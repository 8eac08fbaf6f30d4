CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE user (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    email VARCHAR(255) NOT NULL, 
    created_at DATETIME NOT NULL DEFAULT now(), 
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_user_email ON user (email);

CREATE TABLE post (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    user_id INTEGER NOT NULL, 
    title VARCHAR(200) NOT NULL, 
    body TEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES user (id) ON DELETE CASCADE
);

CREATE INDEX ix_post_user_id ON post (user_id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

