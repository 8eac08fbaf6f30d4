CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE setting (
    id INTEGER NOT NULL, 
    name VARCHAR(50) DEFAULT 'unnamed', 
    count INTEGER DEFAULT '0', 
    created DATETIME DEFAULT now(), 
    updated DATETIME DEFAULT (CURRENT_TIMESTAMP), 
    active BOOLEAN DEFAULT (1), 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

