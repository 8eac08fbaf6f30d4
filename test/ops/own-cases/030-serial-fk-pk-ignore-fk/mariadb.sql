CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE a (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(id) REFERENCES challenges (id)
);

CREATE TABLE b (
    id BIGINT NOT NULL AUTO_INCREMENT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(id) REFERENCES challenges (id)
);

CREATE TABLE c (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

