CREATE TABLE account (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL, n INTEGER);
INSERT INTO account (name, n) VALUES ('a', 1), ('b', NULL);
