CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE "_alembic_tmp_Item" (
    id INTEGER NOT NULL, 
    "Mixed0" FLOAT, 
    d1 DATE NOT NULL, 
    "Mixed2" DATETIME, 
    f3 FLOAT, 
    d4 DATE, 
    parent_id INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_item_id CHECK (id > 0), 
    CONSTRAINT ck_new_0 CHECK (id >= 0), 
    UNIQUE (d1), 
    FOREIGN KEY(parent_id) REFERENCES "Item" (id)
);

INSERT INTO "_alembic_tmp_Item" (id, "Mixed0", d1, "Mixed2", f3, d4, parent_id) SELECT "Item".id, "Item"."Mixed0", "Item".d1, "Item"."Mixed2", "Item".f3, "Item".d4, "Item".parent_id 
FROM "Item";

DROP TABLE "Item";

ALTER TABLE "_alembic_tmp_Item" RENAME TO "Item";

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

