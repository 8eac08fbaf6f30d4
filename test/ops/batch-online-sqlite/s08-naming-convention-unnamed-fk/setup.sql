CREATE TABLE parent (id INTEGER NOT NULL, PRIMARY KEY (id));
CREATE TABLE account (
	id INTEGER NOT NULL, 
	parent_id INTEGER, 
	PRIMARY KEY (id), 
	FOREIGN KEY(parent_id) REFERENCES parent (id)
);
INSERT INTO parent (id) VALUES (1);
INSERT INTO account (parent_id) VALUES (1), (NULL);
