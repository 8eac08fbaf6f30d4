CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO t (f, n) VALUES (0.0, 2.0);

INSERT INTO t (f, n) VALUES (1, 3);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

