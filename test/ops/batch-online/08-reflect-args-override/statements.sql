ALTER TABLE memo DROP CONSTRAINT memo_pkey;

CREATE TABLE _alembic_tmp_memo (
    id SERIAL NOT NULL, 
    note VARCHAR(100), 
    n INTEGER NOT NULL, 
    CONSTRAINT memo_pkey PRIMARY KEY (id)
);

COMMENT ON COLUMN _alembic_tmp_memo.note IS 'short';

INSERT INTO _alembic_tmp_memo (id, note, n) SELECT memo.id, memo.note, memo.n 
FROM memo;

DROP TABLE memo;

ALTER TABLE _alembic_tmp_memo RENAME TO memo;

