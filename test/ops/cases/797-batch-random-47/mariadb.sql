CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_order (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    value0 DATETIME NOT NULL, 
    a1 VARCHAR(20) NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_order_value0 UNIQUE (value0), 
    CONSTRAINT ck_order_id CHECK (id > 0), 
    CONSTRAINT uq_new_a1 UNIQUE (a1)
);

INSERT INTO _alembic_tmp_order (id, value0, a1) SELECT `order`.id, `order`.value0, `order`.a1 
FROM `order`;

DROP TABLE `order`;

ALTER TABLE _alembic_tmp_order RENAME TO `order`;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

