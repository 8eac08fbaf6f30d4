CREATE TABLE account (
	id INTEGER NOT NULL, 
	name VARCHAR(50), 
	PRIMARY KEY (id)
);
CREATE TABLE post (
	id INTEGER NOT NULL, 
	account_id INTEGER, 
	title VARCHAR(100), 
	PRIMARY KEY (id), 
	CONSTRAINT fk_post_account FOREIGN KEY(account_id) REFERENCES account (id) ON DELETE CASCADE
);
INSERT INTO account (id, name) VALUES (1, 'a'), (2, 'b');
INSERT INTO post (account_id, title) VALUES (1, 'p1'), (1, 'p2'), (2, 'p3');
