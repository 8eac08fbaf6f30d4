CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    value0 TEXT, 
    e1 BIGINT, 
    name2 BIGINT, 
    mood VARCHAR(1), 
    new0 VARCHAR(30), 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_account (id, value0, e1, name2, mood) SELECT account.id, account.value0, account.e1, account.name2, account.mood 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

