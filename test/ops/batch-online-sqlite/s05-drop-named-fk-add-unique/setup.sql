CREATE TABLE parent (id INTEGER NOT NULL, PRIMARY KEY (id));
CREATE TABLE account (
	id INTEGER NOT NULL, 
	name VARCHAR(50), 
	parent_id INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT fk_account_parent FOREIGN KEY(parent_id) REFERENCES parent (id)
);
INSERT INTO parent (id) VALUES (1);
INSERT INTO account (name, parent_id) VALUES ('a', 1), ('b', 1);
