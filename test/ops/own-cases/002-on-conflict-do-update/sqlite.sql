CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO s.t (id, a) VALUES (1, 'x') ON CONFLICT (id, "Bc") DO UPDATE SET id = lower(:lower_1), a = excluded.a, "Bc" = :param_1 WHERE t.a IS NULL;

INSERT INTO s.t (id, a) VALUES (1, 'x') ON CONFLICT (uq) DO UPDATE SET a = :zz, "Bc" = 1, nope = NULL;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

