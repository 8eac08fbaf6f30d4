CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE INDEX ix_a_name_that_is_longer_than_sixty_three_characters_for_postgresql_xx ON t (id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

