CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE "_alembic_tmp_Item" (
    id INTEGER NOT NULL, 
    d0 TEXT, 
    c1 SMALLINT, 
    name2 BLOB, 
    "Mixed3" SMALLINT NOT NULL, 
    value4 DATETIME, 
    new0 VARCHAR(30), 
    PRIMARY KEY (id), 
    CONSTRAINT uq_item_name2 UNIQUE (name2)
);

INSERT INTO "_alembic_tmp_Item" (id, d0, c1, name2, "Mixed3", value4) SELECT "Item".id, "Item".d0, "Item".c1, "Item".name2, "Item"."Mixed3", "Item".value4 
FROM "Item";

DROP TABLE "Item";

ALTER TABLE "_alembic_tmp_Item" RENAME TO "Item";

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

