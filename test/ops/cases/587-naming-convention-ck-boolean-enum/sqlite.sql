CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE account (
    active BOOLEAN, 
    kind VARCHAR(1), 
    CONSTRAINT ck_account_active CHECK (active IN (0, 1)), 
    CONSTRAINT ck_account_kind CHECK (kind IN ('a', 'b'))
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

