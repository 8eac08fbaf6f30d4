CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE a (
    id INTEGER NOT NULL, 
    x INTEGER, 
    CONSTRAINT pk_a PRIMARY KEY (id)
);

CREATE INDEX ix_a_x ON a (x);

CREATE TABLE b (
    id INTEGER NOT NULL, 
    CONSTRAINT pk_b PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

