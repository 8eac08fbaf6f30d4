CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD COLUMN a INTEGER;

ALTER TABLE account ADD COLUMN b VARCHAR(5);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

