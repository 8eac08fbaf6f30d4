CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE UNLOGGED TABLE cache (
    `key` VARCHAR(100) NOT NULL, 
    value TEXT, 
    PRIMARY KEY (`key`)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

