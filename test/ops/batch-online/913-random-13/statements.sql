ALTER TABLE tt DROP CONSTRAINT tt_pkey;

ALTER TABLE tt DROP CONSTRAINT tt_ref_id_fkey;

ALTER TABLE tt DROP CONSTRAINT ck_id;

CREATE TABLE _alembic_tmp_tt (
    id INTEGER NOT NULL, 
    b0 JSONB DEFAULT '{}'::jsonb NOT NULL, 
    b1 JSONB, 
    note2 BIT(3), 
    c3 TEXT, 
    ref_id INTEGER, 
    CONSTRAINT tt_pkey PRIMARY KEY (id), 
    CONSTRAINT tt_ref_id_fkey FOREIGN KEY(ref_id) REFERENCES ref (id) ON DELETE SET NULL, 
    CONSTRAINT ck_id CHECK (id > 0)
);

INSERT INTO _alembic_tmp_tt (id, b0, b1, note2, c3, ref_id) SELECT tt.id, tt.b0, tt.b1, tt.note2, CAST(tt.c3 AS TEXT) AS c3, tt.ref_id 
FROM tt;

DROP TABLE tt;

ALTER TABLE _alembic_tmp_tt RENAME TO tt;

