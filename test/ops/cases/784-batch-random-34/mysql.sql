CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_user_data (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    d0 INTEGER, 
    c1 VARCHAR(20) NOT NULL, 
    a2 JSON NOT NULL, 
    c3 DATE NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_user_data_d0 FOREIGN KEY(d0) REFERENCES other (id), 
    CONSTRAINT uq_user_data_c3 UNIQUE (c3), 
    CONSTRAINT ck_new_0 CHECK (id >= 0)
);

INSERT INTO _alembic_tmp_user_data (id, d0, c1, a2, c3) SELECT user_data.id, user_data.d0, user_data.c1, user_data.a2, user_data.c3 
FROM user_data;

DROP TABLE user_data;

ALTER TABLE _alembic_tmp_user_data RENAME TO user_data;

CREATE UNIQUE INDEX ix_user_data_c3 ON user_data (c3);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

