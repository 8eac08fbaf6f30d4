CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE `Person` (
    `Id` INTEGER NOT NULL AUTO_INCREMENT, 
    `LastName` VARCHAR(50), 
    `order` INTEGER, 
    PRIMARY KEY (`Id`), 
    UNIQUE (`LastName`, `order`), 
    CONSTRAINT `CK_Person_Order` CHECK ("order" >= 0)
);

CREATE UNIQUE INDEX `IX_Person_LastName_order` ON `Person` (`LastName`, `order`);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

