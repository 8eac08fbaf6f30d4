CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE INDEX ix_t_a ON t (a);

CREATE UNIQUE INDEX ix_t_b_c ON t (b, c);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

