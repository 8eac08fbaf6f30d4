CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL, 
    pid INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_t_p FOREIGN KEY(pid) REFERENCES p (id), 
    CONSTRAINT ck_t_pid CHECK (pid > 0)
);

INSERT INTO _alembic_tmp_t (id) SELECT t.id 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

