CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE `Item` ADD CONSTRAINT ck_new_0 CHECK (id >= 0);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

