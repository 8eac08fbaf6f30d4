CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    status VARCHAR(20), 
    PRIMARY KEY (id)
);

UPDATE t SET flag = true;

UPDATE t SET status = 'new' WHERE status IS NULL;

INSERT INTO t (id, status) VALUES (1, 'x');

DELETE FROM t WHERE id < 0;

ALTER TABLE t ADD COLUMN flag BOOL;

ALTER TABLE t MODIFY flag BOOL NOT NULL;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

