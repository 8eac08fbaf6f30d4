CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_user_data (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    value1 DATETIME NOT NULL, 
    parent_id INTEGER, 
    a0 BOOL DEFAULT now(), 
    PRIMARY KEY (id), 
    CONSTRAINT fk_user_data_parent_id FOREIGN KEY(parent_id) REFERENCES user_data (id), 
    CONSTRAINT uq_user_data_value1 UNIQUE (value1)
);

INSERT INTO _alembic_tmp_user_data (id, value1, parent_id, a0) SELECT user_data.id, user_data.value1, user_data.parent_id, user_data.a0 
FROM user_data;

DROP TABLE user_data;

ALTER TABLE _alembic_tmp_user_data RENAME TO user_data;

CREATE UNIQUE INDEX ix_user_data_parent_id_value1 ON user_data (parent_id, value1);

CREATE INDEX ix_new_parent_id ON user_data (parent_id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

