BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE user_data DROP CONSTRAINT uq_user_data_a1;

ALTER TABLE user_data DROP CONSTRAINT ck_user_data_id;

CREATE TABLE _alembic_tmp_user_data (
    id SERIAL NOT NULL, 
    "Mixed2" JSONB, 
    a3 NUMERIC(10, 2), 
    d0 FLOAT NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_user_data_id CHECK (id > 0), 
    CONSTRAINT uq_new_d0 UNIQUE (d0)
);

INSERT INTO _alembic_tmp_user_data (id, "Mixed2", a3, d0) SELECT user_data.id, user_data."Mixed2", user_data.a3, user_data.d0 
FROM user_data;

DROP TABLE user_data;

ALTER TABLE _alembic_tmp_user_data RENAME TO user_data;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

