BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE s1._alembic_tmp_order (
    id SERIAL NOT NULL, 
    c0 NUMERIC(10, 2), 
    b1 BOOLEAN DEFAULT false, 
    e2 VARCHAR(50) NOT NULL, 
    value3 UUID, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_new_b1 UNIQUE (b1)
);

COMMENT ON COLUMN s1._alembic_tmp_order.b1 IS 'c b1';

INSERT INTO s1._alembic_tmp_order (id, c0, b1, e2, value3) SELECT s1."order".id, s1."order".c0, s1."order".b1, s1."order".e2, s1."order".value3 
FROM s1."order";

DROP TABLE s1."order";

ALTER TABLE s1._alembic_tmp_order RENAME TO "order";

CREATE INDEX ix_new_value3 ON s1."order" (value3);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

