CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE `_alembic_tmp_Item` (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    d0 VARCHAR(50), 
    `Mixed1` VARCHAR(50) NOT NULL, 
    mood VARCHAR(1), 
    PRIMARY KEY (id), 
    CONSTRAINT e_40 CHECK (mood IN ('a', 'b')), 
    CONSTRAINT `uq_item_Mixed1` UNIQUE (`Mixed1`)
);

INSERT INTO `_alembic_tmp_Item` (id, d0, `Mixed1`, mood) SELECT `Item`.id, `Item`.d0, `Item`.`Mixed1`, `Item`.mood 
FROM `Item`;

DROP TABLE `Item`;

ALTER TABLE `_alembic_tmp_Item` RENAME TO `Item`;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

