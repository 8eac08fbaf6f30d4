ALTER TABLE tt DROP CONSTRAINT tt_pkey;

ALTER TABLE tt DROP CONSTRAINT tt_ref_id_fkey;

ALTER TABLE tt DROP CONSTRAINT uq_val0;

CREATE TABLE _alembic_tmp_tt (
    id INTEGER NOT NULL, 
    val0 JSONB DEFAULT '{}'::jsonb, 
    a1 DOUBLE PRECISION, 
    note2 TEXT DEFAULT 'x'::text, 
    ref_id INTEGER, 
    new0 NUMERIC(8, 1), 
    CONSTRAINT tt_pkey PRIMARY KEY (id), 
    CONSTRAINT tt_ref_id_fkey FOREIGN KEY(ref_id) REFERENCES ref (id) ON DELETE SET NULL, 
    CONSTRAINT uq_val0 UNIQUE (val0)
);

INSERT INTO _alembic_tmp_tt (id, val0, a1, note2, ref_id) SELECT tt.id, tt.val0, tt.a1, tt.note2, tt.ref_id 
FROM tt;

DROP TABLE tt;

ALTER TABLE _alembic_tmp_tt RENAME TO tt;

CREATE INDEX ix_0_val0 ON tt (val0);

CREATE UNIQUE INDEX ix_1_val0 ON tt (val0 NULLS FIRST);

