CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    v VARCHAR(2), 
    CONSTRAINT v_enum CHECK (v IN ('a', 'bb'))
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

