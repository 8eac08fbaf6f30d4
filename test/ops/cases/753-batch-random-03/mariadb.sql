CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    value0 SMALLINT, 
    new0 TEXT, 
    d1 DATETIME, 
    mood BOOL, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_account_id CHECK (id > 0), 
    UNIQUE (value0)
);

INSERT INTO _alembic_tmp_account (id, value0, d1, mood) SELECT account.id, account.value0, account.d1, account.mood AS mood 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE INDEX ix_account_mood_d1 ON account (mood, d1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

