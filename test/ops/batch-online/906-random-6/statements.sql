CREATE TABLE _alembic_tmp_tt (
    id INTEGER NOT NULL, 
    val0 TEXT[], 
    a1 VARCHAR
);

INSERT INTO _alembic_tmp_tt (id, val0, a1) SELECT tt.id, tt.val0, tt.a1 
FROM tt;

DROP TABLE tt;

ALTER TABLE _alembic_tmp_tt RENAME TO tt;

