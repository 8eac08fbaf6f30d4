CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    name VARCHAR(50), 
    n INTEGER, 
    PRIMARY KEY (id)
);

UPDATE t SET name='bob''s';

UPDATE t SET n=7 WHERE id > 10;

UPDATE t SET name='007';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

