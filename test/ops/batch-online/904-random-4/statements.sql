ALTER TABLE tt DROP CONSTRAINT tt_pkey;

ALTER TABLE tt DROP CONSTRAINT tt_ref_id_fkey;

CREATE TABLE _alembic_tmp_tt (
    id BIGSERIAL NOT NULL, 
    a0 INET, 
    b1 SMALLINT, 
    a3 INTEGER, 
    ref_id INTEGER, 
    CONSTRAINT tt_pkey PRIMARY KEY (id), 
    CONSTRAINT tt_ref_id_fkey FOREIGN KEY(ref_id) REFERENCES ref (id) ON DELETE SET NULL
);

INSERT INTO _alembic_tmp_tt (id, a0, b1, a3, ref_id) SELECT tt.id, tt.a0, tt.b1, CAST(tt.a3 AS INTEGER) AS a3, tt.ref_id 
FROM tt;

DROP TABLE tt;

ALTER TABLE _alembic_tmp_tt RENAME TO tt;

