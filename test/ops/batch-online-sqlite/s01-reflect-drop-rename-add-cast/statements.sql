CREATE TABLE _alembic_tmp_account (
    id INTEGER NOT NULL, 
    full_name VARCHAR(50) DEFAULT 'x' NOT NULL, 
    email VARCHAR(100), 
    parent_id INTEGER, 
    score INTEGER, 
    created DATETIME DEFAULT (CURRENT_TIMESTAMP), 
    x INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_account_parent FOREIGN KEY(parent_id) REFERENCES parent (id) ON DELETE CASCADE, 
    CONSTRAINT uq_account_email UNIQUE (email), 
    CONSTRAINT ck_account_score CHECK (score >= 0)
);

INSERT INTO _alembic_tmp_account (id, full_name, email, parent_id, score, created) SELECT account.id, account.name, account.email, account.parent_id, CAST(account.score AS INTEGER) AS score, account.created 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE INDEX ix_account_name ON account (full_name);

