CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    flag BOOL, 
    kind VARCHAR(1), 
    z INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_flag CHECK (flag IN (0, 1)), 
    CONSTRAINT kind CHECK (kind IN ('a', 'b'))
);

INSERT INTO _alembic_tmp_t (id, flag, kind) SELECT t.id, t.flag, t.kind 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

