CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

UPDATE a SET x = 1;

UPDATE a SET y = 'z';

INSERT INTO a (id, name) VALUES (1, 'one');

INSERT INTO a (id, name) VALUES (2, 'two');

INSERT INTO a (id, name) VALUES (3, 'three');

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

