CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE billing._alembic_tmp_account (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    n BIGINT, 
    PRIMARY KEY (id)
);

INSERT INTO billing._alembic_tmp_account (id, n) SELECT billing.account.id, billing.account.n 
FROM billing.account;

DROP TABLE billing.account;

ALTER TABLE billing._alembic_tmp_account RENAME TO billing.account;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

