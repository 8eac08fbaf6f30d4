CREATE TABLE parent (id INTEGER NOT NULL, PRIMARY KEY (id));
CREATE TABLE account (
	id INTEGER NOT NULL, 
	name VARCHAR(50) DEFAULT 'x' NOT NULL, 
	email VARCHAR(100), 
	legacy TEXT, 
	parent_id INTEGER, 
	score NUMERIC(10, 2), 
	created DATETIME DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_account_parent FOREIGN KEY(parent_id) REFERENCES parent (id) ON DELETE CASCADE, 
	CONSTRAINT uq_account_email UNIQUE (email), 
	CONSTRAINT ck_account_score CHECK (score >= 0)
);
CREATE INDEX ix_account_name ON account (name);
INSERT INTO parent (id) VALUES (1), (2);
INSERT INTO account (name, email, legacy, parent_id, score, created) VALUES ('a', 'a@x', 'l', 1, 1.5, '2020-01-01 00:00:00'), ('b', 'b@x', NULL, 2, 2, '2020-01-02 00:00:00');
