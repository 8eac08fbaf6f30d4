BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_t (
    id SERIAL NOT NULL, 
    status status_enum, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_t (id, status) SELECT t.id, t.status 
FROM t;

DROP TABLE t;

DROP TYPE kind;

ALTER TABLE _alembic_tmp_t RENAME TO t;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

