CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE post (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    author_id INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_post_author FOREIGN KEY(author_id) REFERENCES author (id) ON DELETE CASCADE ON UPDATE CASCADE
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

