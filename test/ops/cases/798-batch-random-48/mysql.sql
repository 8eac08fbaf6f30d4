CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE s1._alembic_tmp_user_data (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    `Mixed0` DATE, 
    c1 VARCHAR(20) DEFAULT 'x', 
    value2 BOOL NOT NULL COMMENT 'c value2', 
    a3 DATE, 
    mood ENUM('a','b'), 
    new0 VARCHAR(30), 
    new1 VARCHAR(30), 
    PRIMARY KEY (id), 
    CONSTRAINT uq_user_data_a3 UNIQUE (a3), 
    CONSTRAINT ck_new_2 CHECK (id >= 0)
)COMMENT='tc';

INSERT INTO s1._alembic_tmp_user_data (id, `Mixed0`, c1, value2, a3, mood) SELECT s1.user_data.id, s1.user_data.`Mixed0`, s1.user_data.c1, s1.user_data.value2, s1.user_data.a3, s1.user_data.mood 
FROM s1.user_data;

DROP TABLE s1.user_data;

ALTER TABLE s1._alembic_tmp_user_data RENAME TO s1.user_data;

CREATE INDEX ix_user_data_c1_mood ON s1.user_data (c1, mood);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

