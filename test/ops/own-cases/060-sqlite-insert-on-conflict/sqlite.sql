CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO kv (k, v) VALUES ('a', 1) ON CONFLICT DO NOTHING;

INSERT INTO kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO NOTHING;

INSERT INTO kv (k, v) VALUES ('a', 1) ON CONFLICT (k) DO UPDATE SET v = excluded.v;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

