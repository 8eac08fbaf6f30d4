CREATE TABLE account (
    id INTEGER NOT NULL AUTO_INCREMENT,
    name VARCHAR(50) NOT NULL DEFAULT 'x',
    email VARCHAR(100),
    legacy TEXT,
    score NUMERIC(10, 2) DEFAULT 0,
    created DATETIME DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT ck_account_score CHECK (score >= 0)
) COMMENT 'accounts';
CREATE INDEX ix_account_name ON account (name);
INSERT INTO account (name, email, legacy, score, created) VALUES ('a', 'a@x', 'l', 1.5, '2020-01-01 00:00:00'), ('b', 'b@x', NULL, 2, '2020-01-02 00:00:00');
