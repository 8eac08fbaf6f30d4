CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO account (ref) VALUES ('0b6c1b8e-4b8e-4a4a-9b2d-3f1f8f5e6a7b');

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

