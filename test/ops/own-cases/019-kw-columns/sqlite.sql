CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE a ADD COLUMN x INTEGER;

ALTER TABLE s.a ADD COLUMN y VARCHAR(20);

ALTER TABLE a ALTER COLUMN x SET NOT NULL;

ALTER TABLE s.a ALTER COLUMN y TYPE TEXT;

ALTER TABLE a DROP COLUMN x;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

