CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    name VARCHAR(50), 
    code VARCHAR(10), 
    x INTEGER, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_t_name ON t (name);

ALTER TABLE t ADD CONSTRAINT uq_t_code UNIQUE (code);

ALTER TABLE t ADD CONSTRAINT ck_t_x_positive CHECK (x > 0);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

