ALTER TABLE tt DROP CONSTRAINT tt_pkey;

CREATE TABLE _alembic_tmp_tt (
    id BIGSERIAL NOT NULL, 
    val0 INTEGER, 
    a1 SMALLINT, 
    note2 TEXT, 
    val3 TIMESTAMP WITH TIME ZONE, 
    CONSTRAINT tt_pkey PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_tt (id, val0, a1, note2, val3) SELECT tt.id, CAST(tt.val0 AS INTEGER) AS val0, tt.a1, tt.note2, tt.val3 
FROM tt;

DROP TABLE tt;

ALTER TABLE _alembic_tmp_tt RENAME TO tt;

CREATE INDEX ix_0_a1 ON tt (a1);

