BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    a TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP, 
    b TIMESTAMP WITHOUT TIME ZONE DEFAULT LOCALTIMESTAMP, 
    c DATE DEFAULT CURRENT_DATE, 
    d UUID DEFAULT uuid_generate_v4(), 
    e VARCHAR(20) DEFAULT lower('ABC'), 
    f INTEGER DEFAULT 0, 
    g TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP, 
    h INTEGER DEFAULT 0, 
    i TIMESTAMP WITHOUT TIME ZONE DEFAULT '2020-01-01 00:00:00', 
    j JSON DEFAULT '[]'::json, 
    k INTERVAL DEFAULT interval '1 day', 
    l NUMERIC(5, 2) DEFAULT 1.50
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

