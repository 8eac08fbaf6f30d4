CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    name VARCHAR(10), 
    type VARCHAR(10), 
    value INTEGER, 
    `key` VARCHAR(10), 
    level INTEGER, 
    date DATE, 
    time TIME, 
    timestamp DATETIME, 
    text TEXT, 
    comment TEXT
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

