CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

UPDATE account SET status='empty' WHERE account.status = 'new' AND (account.name IS NULL OR account.name = '');

DELETE FROM account WHERE account.id IN (1, 2, 3);

DELETE FROM account WHERE (account.status NOT IN ('a', 'b'));

UPDATE account SET status='orphan' WHERE account.org_id IN (SELECT org.id 
FROM org 
WHERE org.active = 0);

DELETE FROM account WHERE account.name NOT LIKE 'tmp%';

DELETE FROM account WHERE (account.id NOT IN (7));

SELECT account.id, org.id AS id_1 
FROM account JOIN org ON account.org_id = org.id 
WHERE org.active = 1;

DELETE FROM account WHERE account.id BETWEEN 5 AND 10;

SELECT account.id, account.name, account.status, account.org_id 
FROM account ORDER BY account.id DESC
 LIMIT 5 OFFSET 0;

UPDATE account SET name=lower(account.name) WHERE account.id > 3 OR account.status != 'x' AND account.name IS NOT NULL;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

