BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE setting (
    id SERIAL NOT NULL, 
    name VARCHAR(50) DEFAULT 'unnamed', 
    count INTEGER DEFAULT '0', 
    created TIMESTAMP WITHOUT TIME ZONE DEFAULT now(), 
    updated TIMESTAMP WITHOUT TIME ZONE DEFAULT now(), 
    active BOOLEAN DEFAULT true, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

