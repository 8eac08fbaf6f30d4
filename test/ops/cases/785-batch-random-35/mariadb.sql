CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_user_data (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    e1 JSON, 
    a2 TIME NOT NULL, 
    value3 BIGINT DEFAULT '1', 
    f0 VARCHAR(50) NOT NULL, 
    new0 TEXT, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_user_data_a2 UNIQUE (a2), 
    CONSTRAINT ck_user_data_id CHECK (id > 0), 
    UNIQUE (value3)
);

INSERT INTO _alembic_tmp_user_data (id, e1, a2, value3, f0) SELECT user_data.id, user_data.e1, user_data.a2, user_data.value3, user_data.f0 
FROM user_data;

DROP TABLE user_data;

ALTER TABLE _alembic_tmp_user_data RENAME TO user_data;

CREATE INDEX ix_new_a2 ON user_data (a2);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

