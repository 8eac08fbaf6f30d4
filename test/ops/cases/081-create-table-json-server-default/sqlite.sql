CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    data JSON DEFAULT '{}', 
    span DATETIME DEFAULT '1 day', 
    ratio FLOAT DEFAULT 0.5
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

