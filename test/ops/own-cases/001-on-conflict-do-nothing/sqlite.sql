CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO t (id, a) VALUES (1, 'x') ON CONFLICT DO NOTHING;

INSERT INTO t (id, a) VALUES (1, 'x') ON CONFLICT (id) DO NOTHING;

INSERT INTO t (id, a) VALUES (1, 'x') ON CONFLICT (Uq_t) DO NOTHING;

INSERT INTO t (id, a) VALUES (1, 'x') ON CONFLICT (lower(a)) WHERE id > 2 DO NOTHING;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

