CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO kv (k, v) VALUES ('a', 1) ON DUPLICATE KEY UPDATE v = VALUES(v);

INSERT INTO kv (k, v) VALUES ('a', 1) ON DUPLICATE KEY UPDATE k = :param_1, v = :param_2;

INSERT INTO kv (k, v) VALUES ('a', 1), ('b', 2) ON DUPLICATE KEY UPDATE v = VALUES(v);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

