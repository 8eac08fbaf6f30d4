CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE `_alembic_tmp_Item` (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    e0 DATETIME NOT NULL, 
    name1 VARCHAR(20) DEFAULT '1', 
    PRIMARY KEY (id), 
    CONSTRAINT ck_new_2 CHECK (id >= 0)
);

INSERT INTO `_alembic_tmp_Item` (id, e0, name1) SELECT `Item`.id, `Item`.e0, `Item`.name1 
FROM `Item`;

DROP TABLE `Item`;

ALTER TABLE `_alembic_tmp_Item` RENAME TO `Item`;

CREATE INDEX ix_item_e0_name1 ON `Item` (e0, name1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

