CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t ADD COLUMN insecure BOOL NOT NULL DEFAULT false;

ALTER TABLE t ADD COLUMN secure BOOL NOT NULL DEFAULT true;

UPDATE t SET a=NULL;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

