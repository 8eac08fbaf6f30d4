CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account CHANGE created_at created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

