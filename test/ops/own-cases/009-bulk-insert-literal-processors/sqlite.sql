CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO t (b, i, e) VALUES (1, 1, 'c');

INSERT INTO t (b, i, e) VALUES (0, 12, 'a');

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

