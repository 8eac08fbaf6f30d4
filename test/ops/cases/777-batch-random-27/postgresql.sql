BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE "Item" DROP CONSTRAINT "uq_Item_b2";

CREATE TABLE "_alembic_tmp_Item" (
    id INTEGER NOT NULL, 
    id2 INTEGER NOT NULL, 
    d0 SMALLINT, 
    name1 TEXT DEFAULT '' NOT NULL, 
    b2 UUID, 
    a3 INTERVAL NOT NULL, 
    CONSTRAINT "uq_Item_b2" UNIQUE (b2)
);

INSERT INTO "_alembic_tmp_Item" (id, id2, d0, name1, b2, a3) SELECT "Item".id, "Item".id2, "Item".d0, "Item".name1, "Item".b2, "Item".a3 
FROM "Item";

DROP TABLE "Item";

ALTER TABLE "_alembic_tmp_Item" RENAME TO "Item";

CREATE INDEX ix_item_name1 ON "Item" (name1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

