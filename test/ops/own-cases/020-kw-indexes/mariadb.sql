CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE INDEX ix_a_x ON a (x);

CREATE UNIQUE INDEX ix_a_y ON s.a (y, z);

CREATE INDEX ix_a_lower ON a (lower(name));

DROP INDEX ix_a_x ON a;

DROP INDEX ix_a_y ON s.no_table;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

