CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    w NUMERIC(10, 2), 
    x NUMERIC(10, 2), 
    p INTEGER, 
    q INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_t (id, x) SELECT t.id, CAST(t.x AS DECIMAL(10, 2)) AS x 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

