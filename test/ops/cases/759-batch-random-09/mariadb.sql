CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE `_alembic_tmp_Item` (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    c0 INTEGER, 
    name1 TEXT, 
    b2 VARCHAR(50), 
    name3 VARCHAR(20) DEFAULT 'x', 
    new0 TEXT, 
    new1 BIGINT DEFAULT '1', 
    PRIMARY KEY (id), 
    CONSTRAINT `uq_Item_b2` UNIQUE (b2), 
    CONSTRAINT ck_item_id CHECK (id > 0)
)COMMENT='tc';

INSERT INTO `_alembic_tmp_Item` (id, c0, name1, b2, name3) SELECT `Item`.id, `Item`.c0, `Item`.name1, `Item`.b2, `Item`.name3 
FROM `Item`;

DROP TABLE `Item`;

ALTER TABLE `_alembic_tmp_Item` RENAME TO `Item`;

CREATE INDEX ix_new_name1 ON `Item` (name1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

