CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    qid INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_t_r FOREIGN KEY(qid) REFERENCES r (id) ON DELETE SET NULL, 
    CONSTRAINT uq_t_qid UNIQUE (qid), 
    FOREIGN KEY(qid) REFERENCES q (id)
);

INSERT INTO _alembic_tmp_t (id, qid) SELECT t.id, t.qid 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

