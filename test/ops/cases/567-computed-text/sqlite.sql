CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE person (
    first VARCHAR(50), 
    last VARCHAR(50), 
    "full" VARCHAR(101) GENERATED ALWAYS AS (first || ' ' || last)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

