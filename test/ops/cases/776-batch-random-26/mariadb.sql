CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    `Mixed0` BIGINT NOT NULL, 
    `Mixed1` TEXT, 
    a2 NUMERIC(10, 2) NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_account_id CHECK (id > 0), 
    CONSTRAINT uq_new_mixed0 UNIQUE (`Mixed0`)
);

INSERT INTO _alembic_tmp_account (id, `Mixed0`, `Mixed1`, a2) SELECT account.id, account.`Mixed0`, account.`Mixed1`, account.a2 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

