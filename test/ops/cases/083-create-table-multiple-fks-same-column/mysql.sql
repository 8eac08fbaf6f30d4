CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    a_id INTEGER, 
    FOREIGN KEY(a_id) REFERENCES a (id), 
    FOREIGN KEY(a_id) REFERENCES b (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

