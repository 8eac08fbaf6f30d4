CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO account (id, name) VALUES (1, 'alice');

INSERT INTO account (id, name) VALUES (2, 'bob');

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

