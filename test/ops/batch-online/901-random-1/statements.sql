ALTER TABLE tt DROP CONSTRAINT tt_pkey;

ALTER TABLE tt DROP CONSTRAINT uq_a5;

ALTER TABLE tt DROP CONSTRAINT ck_id;

CREATE TABLE _alembic_tmp_tt (
    id BIGSERIAL NOT NULL, 
    a0 NUMERIC(10, 2) DEFAULT 1.5, 
    val1_r JSONB DEFAULT '{}'::jsonb NOT NULL, 
    val2 TEXT, 
    note3 TEXT[], 
    val4 NUMERIC(10, 2), 
    a5 BIT VARYING(5), 
    CONSTRAINT tt_pkey PRIMARY KEY (id), 
    CONSTRAINT uq_a5 UNIQUE (a5), 
    CONSTRAINT ck_id CHECK (id > 0)
);

INSERT INTO _alembic_tmp_tt (id, a0, val1_r, val2, note3, val4, a5) SELECT tt.id, tt.a0, tt.val1, CAST(tt.val2 AS TEXT) AS val2, tt.note3, tt.val4, tt.a5 
FROM tt;

DROP TABLE tt;

ALTER TABLE _alembic_tmp_tt RENAME TO tt;

CREATE INDEX ix_0_val1 ON tt (val1_r DESC);

