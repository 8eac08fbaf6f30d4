CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE INDEX ix_t_a_coalesce ON t ((coalesce(a, 0)));

CREATE INDEX ix_t_b_coalesce ON t ((coalesce(b, 0)), c);

CREATE INDEX ix_t_d_lower ON s.t (id, (lower(d)));

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

