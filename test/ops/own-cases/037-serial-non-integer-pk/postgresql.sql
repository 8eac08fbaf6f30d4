BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE s (
    id VARCHAR(36) NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE u (
    id UUID NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE n (
    id SERIAL NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE f (
    id SERIAL NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

