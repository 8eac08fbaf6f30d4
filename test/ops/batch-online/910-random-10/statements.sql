ALTER TABLE tt DROP CONSTRAINT tt_ref_id_fkey;

CREATE TABLE _alembic_tmp_tt (
    id INTEGER NOT NULL, 
    val0 TIMESTAMP(3) WITHOUT TIME ZONE, 
    b1 VARCHAR(40), 
    ref_id VARCHAR(40), 
    CONSTRAINT tt_ref_id_fkey FOREIGN KEY(ref_id) REFERENCES ref (id) ON DELETE SET NULL
);

