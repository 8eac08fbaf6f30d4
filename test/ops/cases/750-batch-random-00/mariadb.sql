CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE `_alembic_tmp_Item` (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    `Mixed0` DATETIME, 
    d1 TIME NOT NULL COMMENT 'c d1', 
    `Mixed2` VARCHAR(50), 
    value3 VARCHAR(20), 
    value4 BIGINT NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (d1)
);

INSERT INTO `_alembic_tmp_Item` (id, `Mixed0`, d1, `Mixed2`, value3, value4) SELECT `Item`.id, `Item`.`Mixed0`, `Item`.d1, `Item`.`Mixed2`, `Item`.value3, CAST(`Item`.value4 AS SIGNED INTEGER) AS value4 
FROM `Item`;

DROP TABLE `Item`;

ALTER TABLE `_alembic_tmp_Item` RENAME TO `Item`;

CREATE INDEX ix_item_mixed2_d1 ON `Item` (`Mixed2`, d1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

