CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE `Account` (
    `Id` INTEGER NOT NULL AUTO_INCREMENT, 
    `FULLNAME` VARCHAR(50), 
    `camelCase` VARCHAR(50), 
    snake_case VARCHAR(50), 
    PRIMARY KEY (`Id`)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

