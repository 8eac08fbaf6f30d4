CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_user_data (
    id INTEGER NOT NULL, 
    e0 INTEGER NOT NULL, 
    e1 FLOAT, 
    parent_id INTEGER, 
    new0 INTEGER DEFAULT (1 + 1), 
    new1 FLOAT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(parent_id) REFERENCES user_data (id)
);

INSERT INTO _alembic_tmp_user_data (id, e0, e1, parent_id) SELECT user_data.id, user_data.e0, user_data.e1, user_data.parent_id 
FROM user_data;

DROP TABLE user_data;

ALTER TABLE _alembic_tmp_user_data RENAME TO user_data;

CREATE INDEX ix_new_e0 ON user_data (e0);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

