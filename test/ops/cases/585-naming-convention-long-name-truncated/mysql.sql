CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE a_rather_long_table_name_for_conventions (
    first_long_column_name INTEGER, 
    second_long_column_name INTEGER, 
    CONSTRAINT uq_a_rather_long_table_name_for_conventions_first_long_c_6d27 UNIQUE (first_long_column_name, second_long_column_name)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

