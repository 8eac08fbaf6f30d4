CREATE TABLE account (
	id INTEGER NOT NULL, 
	name VARCHAR(50), 
	PRIMARY KEY (id)
);
INSERT INTO account (name) VALUES ('a'), ('b');
