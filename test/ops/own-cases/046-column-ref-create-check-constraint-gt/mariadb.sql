CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t ADD CONSTRAINT ck CHECK (x > 5);

ALTER TABLE t ADD CONSTRAINT ck_upper CHECK (x > 5);

ALTER TABLE t ADD CONSTRAINT ck_typed CHECK (x > 5);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

