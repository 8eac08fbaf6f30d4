CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_user_data (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    e0 SMALLINT, 
    b1 BLOB DEFAULT now(), 
    PRIMARY KEY (id), 
    UNIQUE (b1)
);

INSERT INTO _alembic_tmp_user_data (id, e0, b1) SELECT user_data.id, user_data.e0, user_data.b1 
FROM user_data;

DROP TABLE user_data;

ALTER TABLE _alembic_tmp_user_data RENAME TO user_data;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

