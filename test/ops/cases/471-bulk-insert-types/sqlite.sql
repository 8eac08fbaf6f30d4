CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO thing (i, f, s, b, n, t) VALUES (1, 1.5, 'x', 1, 3.25, 'long text');

INSERT INTO thing (i, f, s, b, n, t) VALUES (-2, 2.5, '', 0, 0, NULL);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

