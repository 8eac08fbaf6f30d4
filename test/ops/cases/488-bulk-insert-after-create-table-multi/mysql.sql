CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE account (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    active BOOL DEFAULT true, 
    PRIMARY KEY (id)
);

INSERT INTO account (id, active) VALUES (1, false);

INSERT INTO account (id) VALUES (2);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

