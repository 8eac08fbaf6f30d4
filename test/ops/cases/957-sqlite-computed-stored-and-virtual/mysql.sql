CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE line (
    price INTEGER, 
    qty INTEGER, 
    total INTEGER GENERATED ALWAYS AS (price * qty) STORED, 
    half INTEGER GENERATED ALWAYS AS (price / 2) VIRTUAL
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

