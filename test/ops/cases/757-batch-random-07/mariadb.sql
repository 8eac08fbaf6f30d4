CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_order (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    a0_r SMALLINT COMMENT 'c a0', 
    d1 BIGINT NOT NULL, 
    a2 VARCHAR(20), 
    mood ENUM('a','b'), 
    PRIMARY KEY (id), 
    CONSTRAINT uq_order_mood UNIQUE (mood), 
    CONSTRAINT ck_order_id CHECK (id > 0), 
    CONSTRAINT uq_new_d1 UNIQUE (d1), 
    UNIQUE (a2)
);

INSERT INTO _alembic_tmp_order (id, a0_r, d1, a2, mood) SELECT `order`.id, `order`.a0, `order`.d1, `order`.a2, `order`.mood 
FROM `order`;

DROP TABLE `order`;

ALTER TABLE _alembic_tmp_order RENAME TO `order`;

CREATE INDEX ix_order_a0 ON `order` (a0_r);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

