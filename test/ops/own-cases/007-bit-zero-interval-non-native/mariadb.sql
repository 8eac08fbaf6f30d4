CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t ADD COLUMN b BIT(1);

ALTER TABLE t ADD COLUMN i DATETIME;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

