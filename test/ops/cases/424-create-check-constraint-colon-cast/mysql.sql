CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t ADD CONSTRAINT ck_d CHECK (d::date > '2020-01-01');

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

