CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

SELECT CURRENT_TIMESTAMP AS now_1, max(a) AS max_1, CURRENT_TIMESTAMP AS current_timestamp_1, random() AS random_1, sysdate AS sysdate_1, CURRENT_TIMESTAMP(3) AS current_timestamp_2, GROUPING SETS(a) AS grouping_sets_1;

ALTER TABLE t ADD COLUMN c DATETIME DEFAULT (CURRENT_TIMESTAMP);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

