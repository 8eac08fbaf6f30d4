BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account DROP CONSTRAINT uq_account_c1;

ALTER TABLE account DROP CONSTRAINT uq_account_b4;

ALTER TABLE account DROP CONSTRAINT uq_account_c1;

CREATE TYPE e_21 AS ENUM ('a', 'b');

CREATE TABLE _alembic_tmp_account (
    id SERIAL NOT NULL, 
    e0 INTERVAL, 
    new0 BOOLEAN, 
    c1 TIME WITHOUT TIME ZONE, 
    name2 SMALLINT NOT NULL, 
    name3 UUID, 
    b4 JSON NOT NULL, 
    mood e_21, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_account_c1 UNIQUE (c1), 
    CONSTRAINT uq_account_b4 UNIQUE (b4)
);

COMMENT ON COLUMN _alembic_tmp_account.name3 IS 'c name3';

INSERT INTO _alembic_tmp_account (id, e0, c1, name2, name3, b4, mood) SELECT account.id, account.e0, account.c1, account.name2, account.name3, account.b4, account.mood 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

