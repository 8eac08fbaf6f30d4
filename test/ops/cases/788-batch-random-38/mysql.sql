CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE `_alembic_tmp_Item` (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    b0 SMALLINT, 
    f1 DATETIME NOT NULL, 
    name2 NUMERIC(10, 2) COMMENT 'c name2', 
    d3 INTEGER, 
    c4 BOOL NOT NULL COMMENT 'c c4', 
    mood ENUM('a','b'), 
    PRIMARY KEY (id), 
    CONSTRAINT uq_item_d3 UNIQUE (d3), 
    UNIQUE (b0), 
    UNIQUE (c4)
)COMMENT='tc';

INSERT INTO `_alembic_tmp_Item` (id, b0, f1, name2, d3, c4, mood) SELECT `Item`.id, `Item`.b0, `Item`.f1, `Item`.name2, `Item`.d3, `Item`.c4 AS c4, `Item`.mood 
FROM `Item`;

DROP TABLE `Item`;

ALTER TABLE `_alembic_tmp_Item` RENAME TO `Item`;

CREATE INDEX ix_item_mood_f1 ON `Item` (mood, f1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

