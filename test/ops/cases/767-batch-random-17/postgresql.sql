BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE user_data DROP CONSTRAINT pk_user_data;

CREATE TABLE _alembic_tmp_user_data (
    id INTEGER NOT NULL, 
    id2 INTEGER NOT NULL, 
    a1 NUMERIC(10, 2), 
    f2 JSONB DEFAULT now() NOT NULL, 
    d3 VARCHAR(50), 
    f4 VARCHAR(20), 
    f0 DATE NOT NULL, 
    CONSTRAINT pk_user_data PRIMARY KEY (id, id2), 
    UNIQUE (f2), 
    UNIQUE (f4)
);

INSERT INTO _alembic_tmp_user_data (id, id2, a1, f2, d3, f4, f0) SELECT user_data.id, user_data.id2, user_data.a1, user_data.f2, user_data.d3, user_data.f4, user_data.f0 
FROM user_data;

DROP TABLE user_data;

ALTER TABLE _alembic_tmp_user_data RENAME TO user_data;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

