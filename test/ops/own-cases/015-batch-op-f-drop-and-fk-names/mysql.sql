CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE b (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    PRIMARY KEY (id)
);

CREATE TABLE t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    name VARCHAR(50), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_t_name ON t (name);

ALTER TABLE t ADD COLUMN b_id INTEGER;

ALTER TABLE t ADD CONSTRAINT fk_t_b_id_b FOREIGN KEY(b_id) REFERENCES b (id);

DROP INDEX ix_t_name ON t;

ALTER TABLE t DROP FOREIGN KEY fk_t_b_id_b;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

