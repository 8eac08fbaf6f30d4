CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t MODIFY kind VARCHAR(1) NULL;

ALTER TABLE t ADD CONSTRAINT ck_kind CHECK (kind IN ('a', 'b'));

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

