CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL, 
    a1 DATETIME DEFAULT CURRENT_TIMESTAMP, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_t (id, a1) SELECT t.id, t.a1 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE INDEX ix_new_a1 ON t (a1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

