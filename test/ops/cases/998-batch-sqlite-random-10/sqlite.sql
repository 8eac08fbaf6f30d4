CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_user_data (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
    a0 VARCHAR(50), 
    new0 TEXT
);

INSERT INTO _alembic_tmp_user_data (id, a0) SELECT user_data.id, user_data.a0 
FROM user_data;

DROP TABLE user_data;

ALTER TABLE _alembic_tmp_user_data RENAME TO user_data;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

