CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE author (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    name VARCHAR(100) NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE book (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    author_id INTEGER NOT NULL, 
    title VARCHAR(200) NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(author_id) REFERENCES author (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

