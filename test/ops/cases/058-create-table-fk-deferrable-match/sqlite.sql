CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    p INTEGER, 
    FOREIGN KEY(p) REFERENCES parent (id) MATCH FULL DEFERRABLE INITIALLY DEFERRED
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

