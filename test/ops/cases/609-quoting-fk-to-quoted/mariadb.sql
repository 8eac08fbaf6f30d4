CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE `Order` (
    `Id` INTEGER NOT NULL AUTO_INCREMENT, 
    `UserId` INTEGER, 
    `group` INTEGER, 
    PRIMARY KEY (`Id`), 
    FOREIGN KEY(`UserId`) REFERENCES `User` (`Id`), 
    FOREIGN KEY(`group`) REFERENCES `Auth`.`Group` (`Id`)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

