CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account CHANGE name full_name VARCHAR(200) NOT NULL;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

