CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD COLUMN email VARCHAR(200);

ALTER TABLE account ADD UNIQUE (email);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

