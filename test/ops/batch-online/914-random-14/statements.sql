ALTER TABLE tt DROP CONSTRAINT tt_pkey;

ALTER TABLE tt DROP CONSTRAINT tt_ref_id_fkey;

CREATE TABLE _alembic_tmp_tt (
    id SERIAL NOT NULL, 
    c1 NUMERIC, 
    val2 NUMERIC, 
    val3 DATE, 
    a4 NUMERIC(10, 2) DEFAULT 1.5, 
    c5 INTEGER[], 
    ref_id INTEGER, 
    new1 INTEGER, 
    CONSTRAINT tt_pkey PRIMARY KEY (id), 
    CONSTRAINT tt_ref_id_fkey FOREIGN KEY(ref_id) REFERENCES ref (id) ON DELETE SET NULL
);

INSERT INTO _alembic_tmp_tt (id, c1, val2, val3, a4, c5, ref_id) SELECT tt.id, tt.c1, tt.val2, tt.val3, tt.a4, tt.c5, tt.ref_id 
FROM tt;

DROP TABLE tt;

ALTER TABLE _alembic_tmp_tt RENAME TO tt;

