CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE "_alembic_tmp_Item" (
    id INTEGER NOT NULL, 
    d0 DATE NOT NULL, 
    new0 VARCHAR(30), 
    "Mixed1" DATE, 
    parent_id INTEGER, 
    PRIMARY KEY (id), 
    UNIQUE (d0), 
    FOREIGN KEY(parent_id) REFERENCES "Item" (id)
);

INSERT INTO "_alembic_tmp_Item" (id, d0, "Mixed1", parent_id) SELECT "Item".id, "Item".d0, "Item"."Mixed1", "Item".parent_id 
FROM "Item";

DROP TABLE "Item";

ALTER TABLE "_alembic_tmp_Item" RENAME TO "Item";

CREATE UNIQUE INDEX ix_item_parent_id ON "Item" (parent_id);

CREATE INDEX ix_new_mixed1 ON "Item" ("Mixed1");

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

