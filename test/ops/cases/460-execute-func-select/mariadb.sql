CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

SELECT setval('account_id_seq', 1000) AS setval_1;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

