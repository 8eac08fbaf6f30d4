CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_item (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    code VARCHAR(20), 
    title VARCHAR(20) COMMENT 'the title' DEFAULT 'x', 
    PRIMARY KEY (id), 
    CONSTRAINT uq_item_label UNIQUE (title)
);

INSERT INTO _alembic_tmp_item (id, code, title) SELECT item.id, CAST(item.code AS CHAR(20)) AS code, item.label 
FROM item;

DROP TABLE item;

ALTER TABLE _alembic_tmp_item RENAME TO item;

CREATE INDEX ix_item_code ON item (code);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

