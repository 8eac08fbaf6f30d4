CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_a_really_long_table_name_that_goes_on (
    id INTEGER NOT NULL, 
    n INTEGER NOT NULL, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_long_n UNIQUE (n)
);

CREATE INDEX ix_long_n ON _alembic_tmp_a_really_long_table_name_that_goes_on (n);

INSERT INTO _alembic_tmp_a_really_long_table_name_that_goes_on (id, n) SELECT a_really_long_table_name_that_goes_on_and_on_forever.id, a_really_long_table_name_that_goes_on_and_on_forever.n 
FROM a_really_long_table_name_that_goes_on_and_on_forever;

DROP TABLE a_really_long_table_name_that_goes_on_and_on_forever;

ALTER TABLE _alembic_tmp_a_really_long_table_name_that_goes_on RENAME TO a_really_long_table_name_that_goes_on_and_on_forever;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

