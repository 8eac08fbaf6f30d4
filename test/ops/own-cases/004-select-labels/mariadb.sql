CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

SELECT '5' AS anon_1, CAST('5' AS SIGNED INTEGER) AS anon_2, CAST(a AS CHAR) AS a, true AS anon_3, 5 AS anon_4;

SELECT count(*) AS count_1, count(*) AS count_2, max(a) AS max_1, CAST(max(b) AS SIGNED INTEGER) AS max_2, myFunc(1) AS `myFunc_1`;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

