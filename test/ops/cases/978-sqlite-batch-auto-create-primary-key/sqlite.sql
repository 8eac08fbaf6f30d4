CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_pair (
    a INTEGER NOT NULL, 
    b INTEGER NOT NULL, 
    CONSTRAINT pk_pair PRIMARY KEY (a, b)
);

INSERT INTO _alembic_tmp_pair (a, b) SELECT pair.a, pair.b 
FROM pair;

DROP TABLE pair;

ALTER TABLE _alembic_tmp_pair RENAME TO pair;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

