CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD COLUMN flag BOOL;

ALTER TABLE account ADD CONSTRAINT ck_flag_bool CHECK (flag IN (0, 1));

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

