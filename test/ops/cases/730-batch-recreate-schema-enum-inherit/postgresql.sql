BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TYPE s.m_enum AS ENUM ('x', 'y');

CREATE TYPE other.n_enum AS ENUM ('x', 'y');

CREATE TABLE s._alembic_tmp_t (
    id SERIAL NOT NULL, 
    m s.m_enum, 
    n other.n_enum, 
    PRIMARY KEY (id)
);

INSERT INTO s._alembic_tmp_t (id, m, n) SELECT s.t.id, s.t.m, s.t.n 
FROM s.t;

DROP TABLE s.t;

ALTER TABLE s._alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

