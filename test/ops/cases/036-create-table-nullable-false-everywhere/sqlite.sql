CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    a INTEGER NOT NULL, 
    b VARCHAR(10) DEFAULT 'x' NOT NULL, 
    c BOOLEAN
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

