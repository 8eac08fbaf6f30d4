CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_order (
    id INTEGER NOT NULL, 
    id2 INTEGER NOT NULL, 
    e0 SMALLINT NOT NULL, 
    name1 JSON DEFAULT '1', 
    new0 NUMERIC(12, 3), 
    PRIMARY KEY (id, id2), 
    CONSTRAINT ck_order_id CHECK (id > 0)
);

INSERT INTO _alembic_tmp_order (id, id2, e0, name1) SELECT `order`.id, `order`.id2, `order`.e0, `order`.name1 
FROM `order`;

DROP TABLE `order`;

ALTER TABLE _alembic_tmp_order RENAME TO `order`;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

