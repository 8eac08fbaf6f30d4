CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    a INTEGER NOT NULL AUTO_INCREMENT, 
    v INTEGER NOT NULL, 
    PRIMARY KEY (a)
);

INSERT INTO _alembic_tmp_t (a, v) SELECT t.a, CAST(t.v AS SIGNED INTEGER) AS v 
FROM t;

DROP TABLE t;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

