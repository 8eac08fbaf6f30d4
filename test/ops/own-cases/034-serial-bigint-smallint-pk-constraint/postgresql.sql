BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE big (
    id BIGSERIAL NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE small (
    id SMALLSERIAL NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE big_upper (
    id BIGSERIAL NOT NULL, 
    PRIMARY KEY (id)
);

CREATE TABLE small_upper (
    id SMALLSERIAL NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

