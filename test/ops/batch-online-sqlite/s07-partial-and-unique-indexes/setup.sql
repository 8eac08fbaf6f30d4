CREATE TABLE account (
	id INTEGER NOT NULL, 
	email VARCHAR(100), 
	deleted BOOLEAN, 
	PRIMARY KEY (id)
);
CREATE UNIQUE INDEX ix_account_email ON account (email) WHERE deleted = 0;
CREATE INDEX ix_account_deleted ON account (deleted);
INSERT INTO account (email, deleted) VALUES ('a@x', 0), ('a@x', 1);
