BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE ticket (
    id SERIAL NOT NULL, 
    status VARCHAR(4), 
    PRIMARY KEY (id), 
    CONSTRAINT ck_status CHECK (status IN ('new', 'done'))
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

