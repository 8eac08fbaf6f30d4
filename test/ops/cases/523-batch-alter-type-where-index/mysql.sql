CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t MODIFY x BIGINT NOT NULL;

CREATE INDEX ix_t_x_pos ON t (x);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

