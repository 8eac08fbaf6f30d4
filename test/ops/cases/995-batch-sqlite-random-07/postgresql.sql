BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE "order" DROP CONSTRAINT fk_order_parent_id;

ALTER TABLE "order" DROP CONSTRAINT ck_order_id;

CREATE TABLE _alembic_tmp_order (
    id SERIAL NOT NULL, 
    a0 BIGINT, 
    d1 INTEGER NOT NULL, 
    d2 JSON, 
    parent_id INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_order_parent_id FOREIGN KEY(parent_id) REFERENCES "order" (id), 
    CONSTRAINT ck_order_id CHECK (id > 0), 
    CONSTRAINT ck_new_0 CHECK (id >= 0)
);

COMMENT ON COLUMN _alembic_tmp_order.a0 IS 'c a0';

INSERT INTO _alembic_tmp_order (id, a0, d1, d2, parent_id) SELECT "order".id, "order".a0, "order".d1, "order".d2, "order".parent_id 
FROM "order";

DROP TABLE "order";

ALTER TABLE _alembic_tmp_order RENAME TO "order";

CREATE INDEX ix_order_d2 ON "order" (d2);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

