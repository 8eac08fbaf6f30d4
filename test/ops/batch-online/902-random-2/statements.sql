ALTER TABLE tt DROP CONSTRAINT tt_pkey;

ALTER TABLE tt DROP CONSTRAINT ck_id;

CREATE TABLE _alembic_tmp_tt (
    id SERIAL NOT NULL, 
    a0 DOUBLE PRECISION, 
    c1 NUMERIC(10, 2), 
    new0 TEXT, 
    CONSTRAINT tt_pkey PRIMARY KEY (id), 
    CONSTRAINT ck_id CHECK (id > 0)
);

INSERT INTO _alembic_tmp_tt (id, a0, c1) SELECT tt.id, tt.a0, tt.c1 
FROM tt;

DROP TABLE tt;

ALTER TABLE _alembic_tmp_tt RENAME TO tt;

CREATE INDEX ix_0_c1 ON tt (c1 NULLS FIRST);

