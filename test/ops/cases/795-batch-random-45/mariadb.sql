CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_order (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    b0 DATE COMMENT 'c b0', 
    b1 DATE, 
    e2 VARCHAR(50) NOT NULL, 
    name3 VARCHAR(50), 
    f4 VARCHAR(20) DEFAULT 'x', 
    new0 INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_new_0 CHECK (id >= 0), 
    UNIQUE (b0)
)COMMENT='tc';

INSERT INTO _alembic_tmp_order (id, b0, b1, e2, name3, f4) SELECT `order`.id, `order`.b0, `order`.b1, `order`.e2, `order`.name3, `order`.f4 
FROM `order`;

DROP TABLE `order`;

ALTER TABLE _alembic_tmp_order RENAME TO `order`;

CREATE INDEX ix_new_e2 ON `order` (e2);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

