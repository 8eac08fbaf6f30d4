CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t ADD COLUMN c BOOL;

ALTER TABLE t ADD CONSTRAINT ck_t_c_bool CHECK (c IN (0, 1));

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

