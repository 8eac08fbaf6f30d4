CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE flag (
    id INTEGER NOT NULL, 
    active BOOLEAN, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_flag_active CHECK (active IN (0, 1))
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

