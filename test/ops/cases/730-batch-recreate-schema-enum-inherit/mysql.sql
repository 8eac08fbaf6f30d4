CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE s._alembic_tmp_t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    m ENUM('x','y'), 
    n ENUM('x','y'), 
    PRIMARY KEY (id)
);

INSERT INTO s._alembic_tmp_t (id, m, n) SELECT s.t.id, s.t.m, s.t.n 
FROM s.t;

DROP TABLE s.t;

ALTER TABLE s._alembic_tmp_t RENAME TO s.t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

