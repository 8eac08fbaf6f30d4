BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE reservation (
    id SERIAL NOT NULL, 
    room INTEGER NOT NULL, 
    during TSRANGE, 
    PRIMARY KEY (id), 
    CONSTRAINT no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

