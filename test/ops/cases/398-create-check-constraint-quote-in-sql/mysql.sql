CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD CONSTRAINT ck_status CHECK (status IN ('new', 'open'));

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

