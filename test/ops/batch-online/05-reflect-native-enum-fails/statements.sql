ALTER TABLE person DROP CONSTRAINT person_pkey;

CREATE TYPE mood AS ENUM ('happy', 'sad');

