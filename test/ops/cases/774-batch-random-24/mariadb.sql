CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE s1.`_alembic_tmp_Item` (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    c0 BOOL NOT NULL, 
    e1 VARCHAR(30), 
    value2 DATE, 
    PRIMARY KEY (id), 
    CONSTRAINT `uq_Item_e1` UNIQUE (e1), 
    CONSTRAINT ck_item_id CHECK (id > 0)
);

INSERT INTO s1.`_alembic_tmp_Item` (id, c0, e1, value2) SELECT s1.`Item`.id, s1.`Item`.c0, CAST(s1.`Item`.e1 AS CHAR(30)) AS e1, s1.`Item`.value2 
FROM s1.`Item`;

DROP TABLE s1.`Item`;

ALTER TABLE s1.`_alembic_tmp_Item` RENAME TO s1.`Item`;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

