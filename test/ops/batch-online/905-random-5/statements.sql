ALTER TABLE tt DROP CONSTRAINT tt_ref_id_fkey;

ALTER TABLE tt DROP CONSTRAINT uq_note1;

CREATE TABLE _alembic_tmp_tt (
    id INTEGER NOT NULL, 
    note1 VARCHAR(40), 
    b2 JSONB DEFAULT '{}'::jsonb NOT NULL, 
    c3 TIMESTAMP(3) WITHOUT TIME ZONE, 
    ref_id INTEGER, 
    CONSTRAINT tt_ref_id_fkey FOREIGN KEY(ref_id) REFERENCES ref (id) ON DELETE SET NULL, 
    CONSTRAINT uq_note1 UNIQUE (note1)
);

INSERT INTO _alembic_tmp_tt (id, note1, b2, c3, ref_id) SELECT tt.id, CAST(tt.note1 AS VARCHAR(40)) AS note1, tt.b2, tt.c3, tt.ref_id 
FROM tt;

DROP TABLE tt;

ALTER TABLE _alembic_tmp_tt RENAME TO tt;

