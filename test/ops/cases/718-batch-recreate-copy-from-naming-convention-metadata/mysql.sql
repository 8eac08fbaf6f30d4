CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_acct (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    org_id INTEGER, 
    balance INTEGER, 
    CONSTRAINT pk_acct PRIMARY KEY (id), 
    CONSTRAINT fk_acct_org_id_org FOREIGN KEY(org_id) REFERENCES org (id), 
    CONSTRAINT ck_acct_positive CHECK (bal >= 0)
);

INSERT INTO _alembic_tmp_acct (id, org_id, balance) SELECT acct.id, acct.org_id, acct.bal 
FROM acct;

DROP TABLE acct;

ALTER TABLE _alembic_tmp_acct RENAME TO acct;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

