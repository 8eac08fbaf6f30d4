CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    `Id` INTEGER NOT NULL AUTO_INCREMENT, 
    `order` INTEGER, 
    CONSTRAINT `PK T` PRIMARY KEY (`Id`), 
    CONSTRAINT `UQ-order` UNIQUE (`order`), 
    CONSTRAINT `CK Order` CHECK ("order" > 0)
);

CREATE INDEX `IX Order` ON t (`order`);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

