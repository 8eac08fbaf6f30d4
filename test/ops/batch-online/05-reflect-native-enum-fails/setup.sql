CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE person (id SERIAL PRIMARY KEY, mood mood);
