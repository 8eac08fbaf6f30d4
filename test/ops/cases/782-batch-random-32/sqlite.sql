CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL, 
    d0 DATETIME NOT NULL, 
    a1 TIME, 
    "Mixed2" VARCHAR(50), 
    mood VARCHAR(1), 
    PRIMARY KEY (id), 
    CONSTRAINT e_32 CHECK (mood IN ('a', 'b')), 
    CONSTRAINT ck_t_id CHECK (id > 0), 
    CONSTRAINT uq_new_mixed2 UNIQUE ("Mixed2"), 
    UNIQUE (d0)
);

INSERT INTO _alembic_tmp_t (id, d0, a1, "Mixed2", mood) SELECT t.id, t.d0, t.a1, t."Mixed2", t.mood 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

CREATE UNIQUE INDEX ix_t_mood ON t (mood);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

