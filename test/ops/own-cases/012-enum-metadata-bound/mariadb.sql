CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    c ENUM('a','b')
);

CREATE TABLE u (
    c ENUM('x','y')
);

CREATE TABLE u (
    c ENUM('x','y')
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

