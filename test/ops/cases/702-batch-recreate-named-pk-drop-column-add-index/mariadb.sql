CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    keep BOOL NOT NULL, 
    n INTEGER, 
    CONSTRAINT pk_t PRIMARY KEY (id)
);

CREATE INDEX ix__alembic_tmp_t_n ON _alembic_tmp_t (n);

INSERT INTO _alembic_tmp_t (id, keep) SELECT t.id, t.keep 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE INDEX ix_t_old ON t (old);

CREATE INDEX ix_t_n ON t (n);

CREATE INDEX ix_t_keep ON t (keep);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

