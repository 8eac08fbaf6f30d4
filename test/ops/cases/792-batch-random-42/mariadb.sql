CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    d0 NUMERIC(10, 2) NOT NULL COMMENT 'c d0', 
    name1 BIGINT NOT NULL, 
    mood_r VARCHAR(1), 
    new0 TEXT, 
    PRIMARY KEY (id), 
    CONSTRAINT e_42 CHECK (mood_r IN ('a', 'b')), 
    CONSTRAINT uq_t_mood UNIQUE (mood_r)
)COMMENT='tc';

INSERT INTO _alembic_tmp_t (id, d0, name1, mood_r) SELECT t.id, t.d0, t.name1, t.mood 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

