ALTER TABLE tt DROP CONSTRAINT tt_pkey;

ALTER TABLE tt DROP CONSTRAINT uq_note1;

CREATE TABLE _alembic_tmp_tt (
    id BIGSERIAL NOT NULL, 
    note0 VARCHAR, 
    note1 TIMESTAMP(3) WITHOUT TIME ZONE, 
    a2 JSON, 
    val3 NUMERIC(10, 2), 
    val4 TIME WITH TIME ZONE, 
    val5 DATE, 
    CONSTRAINT tt_pkey PRIMARY KEY (id), 
    CONSTRAINT uq_note1 UNIQUE (note1)
);

INSERT INTO _alembic_tmp_tt (id, note0, note1, a2, val3, val4, val5) SELECT tt.id, tt.note0, tt.note1, tt.a2, tt.val3, tt.val4, tt.val5 
FROM tt;

DROP TABLE tt;

ALTER TABLE _alembic_tmp_tt RENAME TO tt;

CREATE UNIQUE INDEX ix_0_note0 ON tt (note0 NULLS FIRST);

CREATE UNIQUE INDEX ix_1_val4 ON tt (val4);

