CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE line (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    price NUMERIC(10, 2), 
    qty INTEGER, 
    total NUMERIC(10, 2) GENERATED ALWAYS AS (price * qty), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

