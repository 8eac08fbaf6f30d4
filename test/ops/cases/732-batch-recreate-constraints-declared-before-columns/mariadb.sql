CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    parent_id INTEGER, 
    u INTEGER, 
    kind VARCHAR(1), 
    z INTEGER, 
    CONSTRAINT pk_t PRIMARY KEY (id), 
    CONSTRAINT kind CHECK (kind IN ('a', 'b')), 
    CONSTRAINT uq_t_id UNIQUE (id), 
    CONSTRAINT ck_t_id CHECK (id > 0), 
    CONSTRAINT fk_t_parent FOREIGN KEY(parent_id) REFERENCES t (id), 
    UNIQUE (u)
);

INSERT INTO _alembic_tmp_t (id, parent_id, u, kind) SELECT t.id, t.parent_id, t.u, t.kind 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

