CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    x INTEGER, 
    y INTEGER CHECK (y > 0), 
    PRIMARY KEY (id), 
    CONSTRAINT ck_t_x CHECK (x > 5), 
    CHECK (x > 1)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

