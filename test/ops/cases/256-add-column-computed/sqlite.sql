CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE line ADD COLUMN total NUMERIC(10, 2) GENERATED ALWAYS AS (price * qty);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

