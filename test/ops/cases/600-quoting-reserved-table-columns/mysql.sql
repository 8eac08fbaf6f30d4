CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE user (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    `order` INTEGER, 
    `select` VARCHAR(10), 
    `from` DATE, 
    `group` TEXT, 
    `desc` TEXT, 
    `limit` INTEGER, 
    `table` VARCHAR(5), 
    `check` BOOL, 
    `default` VARCHAR(5), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

