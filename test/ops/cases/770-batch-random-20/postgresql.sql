BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account DROP CONSTRAINT uq_account_mood;

ALTER TABLE account DROP CONSTRAINT ck_account_id;

CREATE TABLE _alembic_tmp_account (
    id SERIAL NOT NULL, 
    b0 INTEGER, 
    b1 VARCHAR(50), 
    f2 TIMESTAMP WITH TIME ZONE, 
    name3 SMALLINT NOT NULL, 
    mood VARCHAR(1), 
    PRIMARY KEY (id), 
    CONSTRAINT e_20 CHECK (mood IN ('a', 'b')), 
    CONSTRAINT uq_account_mood UNIQUE (mood), 
    CONSTRAINT ck_account_id CHECK (id > 0), 
    CONSTRAINT ck_new_0 CHECK (id >= 0)
);

COMMENT ON COLUMN _alembic_tmp_account.f2 IS 'c f2';

INSERT INTO _alembic_tmp_account (id, b0, b1, f2, name3, mood) SELECT account.id, CAST(account.b0 AS INTEGER) AS b0, account.b1, account.f2, account.name3, account.mood 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

