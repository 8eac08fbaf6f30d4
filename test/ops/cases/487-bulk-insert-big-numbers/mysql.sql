CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO t (big, f) VALUES (9007199254740991, 1e-05);

INSERT INTO t (big, f) VALUES (-1, 12345.678);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

