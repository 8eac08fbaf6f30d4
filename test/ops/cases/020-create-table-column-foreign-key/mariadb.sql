CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE post (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    author_id INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(author_id) REFERENCES author (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

