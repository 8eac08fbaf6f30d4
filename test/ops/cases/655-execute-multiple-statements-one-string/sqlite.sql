CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

UPDATE a SET x = 1; UPDATE b SET y = 2;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

