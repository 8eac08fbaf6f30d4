CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    id2 INTEGER NOT NULL, 
    c0 VARCHAR(50) COMMENT 'c c0', 
    d1 NUMERIC(10, 2), 
    d2 TIME COMMENT 'c d2', 
    e3 DATE, 
    mood VARCHAR(1), 
    parent_id INTEGER, 
    PRIMARY KEY (id, id2), 
    CONSTRAINT e_8 CHECK (mood IN ('a', 'b')), 
    CONSTRAINT uq_account_parent_id UNIQUE (parent_id), 
    CONSTRAINT ck_account_id CHECK (id > 0), 
    FOREIGN KEY(parent_id) REFERENCES account (id)
);

INSERT INTO _alembic_tmp_account (id, id2, c0, d1, d2, e3, mood, parent_id) SELECT account.id, account.id2, account.c0, account.d1, account.d2, account.e3, account.mood, account.parent_id 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE INDEX ix_account_mood ON account (mood);

CREATE INDEX ix_new_parent_id ON account (parent_id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

