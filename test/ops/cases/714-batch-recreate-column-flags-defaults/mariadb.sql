CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id BIGINT NOT NULL AUTO_INCREMENT, 
    u VARCHAR(20), 
    ix INTEGER, 
    ts DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, 
    flag BOOL NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_t_ix CHECK (ix > 0), 
    UNIQUE (u)
);

INSERT INTO _alembic_tmp_t (id, u, ix, ts, flag) SELECT t.id, t.u, t.ix, t.ts, t.flag 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

