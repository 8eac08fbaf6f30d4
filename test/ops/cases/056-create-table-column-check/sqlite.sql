CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    x INTEGER CHECK (x > 0), 
    y INTEGER CONSTRAINT ck_y CHECK (y < 10)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

