CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t ADD CONSTRAINT ck_x CHECK (x > 0) DEFERRABLE INITIALLY DEFERRED;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

