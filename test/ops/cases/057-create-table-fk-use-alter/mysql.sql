CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE a (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    b_id INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

