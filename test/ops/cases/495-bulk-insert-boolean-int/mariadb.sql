CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO t (b) VALUES (true);

INSERT INTO t (b) VALUES (false);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

