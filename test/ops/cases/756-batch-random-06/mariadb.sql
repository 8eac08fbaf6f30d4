CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE s1._alembic_tmp_user_data (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    e0 BIGINT NOT NULL, 
    f1_r DATETIME, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_user_data_id CHECK (id > 0)
)COMMENT='tc';

INSERT INTO s1._alembic_tmp_user_data (id, e0, f1_r) SELECT s1.user_data.id, s1.user_data.e0, s1.user_data.f1 
FROM s1.user_data;

DROP TABLE s1.user_data;

ALTER TABLE s1._alembic_tmp_user_data RENAME TO s1.user_data;

CREATE INDEX ix_user_data_e0_f1 ON s1.user_data (e0, f1_r);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

