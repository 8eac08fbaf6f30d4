CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL, 
    n INTEGER NOT NULL DEFAULT '0', 
    code VARCHAR(5) GENERATED ALWAYS AS (upper(code)), 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_t (id, code) SELECT t.id, t.code 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

