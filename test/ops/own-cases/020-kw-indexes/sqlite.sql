CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE INDEX ix_a_x ON a (x);

CREATE UNIQUE INDEX s.ix_a_y ON a (y, z);

CREATE INDEX ix_a_lower ON a (lower(name));

DROP INDEX ix_a_x;

DROP INDEX s.ix_a_y;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

