CREATE TABLE doc (
	id INTEGER NOT NULL, 
	body TEXT, 
	n VARCHAR(10), 
	PRIMARY KEY (id)
);
INSERT INTO doc (body, n) VALUES ('{"a": 1}', '12'), ('[1, 2]', '7');
