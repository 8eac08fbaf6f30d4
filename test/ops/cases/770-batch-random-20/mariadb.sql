CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    b0 INTEGER, 
    b1 VARCHAR(50), 
    f2 DATETIME COMMENT 'c f2', 
    name3 SMALLINT NOT NULL, 
    mood VARCHAR(1), 
    PRIMARY KEY (id), 
    CONSTRAINT e_20 CHECK (mood IN ('a', 'b')), 
    CONSTRAINT uq_account_mood UNIQUE (mood), 
    CONSTRAINT ck_account_id CHECK (id > 0), 
    CONSTRAINT ck_new_0 CHECK (id >= 0)
);

INSERT INTO _alembic_tmp_account (id, b0, b1, f2, name3, mood) SELECT account.id, CAST(account.b0 AS SIGNED INTEGER) AS b0, account.b1, account.f2, account.name3, account.mood 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

