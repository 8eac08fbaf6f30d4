CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

UPDATE amphora SET status='ALLOCATED' WHERE 1 = 1;

DELETE FROM amphora WHERE 0 = 1;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

