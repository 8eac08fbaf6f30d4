CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE a RENAME TO b;

ALTER TABLE s.c RENAME TO d;

COMMENT ON TABLE b IS 'the b table';

COMMENT ON TABLE b IS 'new';

COMMENT ON TABLE b IS NULL;

DROP TABLE b;

DROP TABLE s.d;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

