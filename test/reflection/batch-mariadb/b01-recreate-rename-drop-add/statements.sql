CREATE TABLE _alembic_tmp_account (
    id INTEGER(11) NOT NULL AUTO_INCREMENT, 
    full_name VARCHAR(50) NOT NULL DEFAULT 'x', 
    email VARCHAR(100), 
    score DECIMAL(10, 2) DEFAULT 0.00, 
    created DATETIME DEFAULT current_timestamp(), 
    x INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_account_score CHECK (`score` >= 0)
)COMMENT='accounts' COLLATE utf8mb4_general_ci DEFAULT CHARSET=utf8mb4 ENGINE=InnoDB;

INSERT INTO _alembic_tmp_account (id, full_name, email, score, created) SELECT account.id, account.name, account.email, account.score, account.created 
FROM account;

DROP TABLE account;

ALTER TABLE _alembic_tmp_account RENAME TO account;

CREATE UNIQUE INDEX uq_account_email ON account (email);

CREATE INDEX ix_account_name ON account (full_name);

