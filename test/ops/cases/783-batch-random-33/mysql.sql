CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_user_data (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    e0 DATETIME, 
    `Mixed1` DATETIME, 
    new0 NUMERIC(12, 3), 
    b2 DATE, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_user_data_id CHECK (id > 0)
);

INSERT INTO _alembic_tmp_user_data (id, e0, `Mixed1`, b2) SELECT user_data.id, user_data.e0, user_data.`Mixed1`, user_data.b2 
FROM user_data;

DROP TABLE user_data;

ALTER TABLE _alembic_tmp_user_data RENAME TO user_data;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

