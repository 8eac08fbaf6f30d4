CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE a RENAME TO b;

ALTER TABLE s.c RENAME TO s.d;

ALTER TABLE b COMMENT 'the b table';

ALTER TABLE b COMMENT 'new';

ALTER TABLE b COMMENT '';

DROP TABLE b;

DROP TABLE s.d;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

