CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE s1._alembic_tmp_user_data (
    id INTEGER NOT NULL, 
    id2 INTEGER NOT NULL, 
    "Mixed0" BIGINT, 
    value1 DATE, 
    new0 INTEGER, 
    CONSTRAINT pk_user_data PRIMARY KEY (id, id2), 
    UNIQUE (value1)
);

INSERT INTO s1._alembic_tmp_user_data (id, id2, "Mixed0", value1) SELECT s1.user_data.id, s1.user_data.id2, s1.user_data."Mixed0", s1.user_data.value1 
FROM s1.user_data;

DROP TABLE s1.user_data;

ALTER TABLE s1._alembic_tmp_user_data RENAME TO user_data;

CREATE INDEX s1.ix_user_data_mixed0_value1 ON user_data ("Mixed0", value1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

