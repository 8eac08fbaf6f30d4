CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    flag BOOL, 
    CONSTRAINT ck_t_flag CHECK (flag IN (0, 1))
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

