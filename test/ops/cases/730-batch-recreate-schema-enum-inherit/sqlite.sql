CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE s._alembic_tmp_t (
    id INTEGER NOT NULL, 
    m VARCHAR(1), 
    n VARCHAR(1), 
    PRIMARY KEY (id)
);

INSERT INTO s._alembic_tmp_t (id, m, n) SELECT s.t.id, s.t.m, s.t.n 
FROM s.t;

DROP TABLE s.t;

ALTER TABLE s._alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

