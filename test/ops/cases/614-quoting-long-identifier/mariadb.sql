CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE a_table_name_that_is_exactly_sixty_three_characters_long_abcdefg (
    id INTEGER
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

