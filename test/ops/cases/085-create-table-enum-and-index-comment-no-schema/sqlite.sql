CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    id INTEGER NOT NULL, 
    kind VARCHAR(1), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_t_kind ON t (kind);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

