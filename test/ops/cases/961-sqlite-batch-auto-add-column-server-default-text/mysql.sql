CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD COLUMN created_at DATETIME DEFAULT CURRENT_TIMESTAMP;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

