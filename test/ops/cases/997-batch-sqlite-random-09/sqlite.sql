CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE "_alembic_tmp_Item" (
    id INTEGER NOT NULL, 
    c0 BLOB, 
    f1 DATE, 
    value2 DATETIME, 
    b3 JSON, 
    mood VARCHAR(1), 
    new0 BIGINT, 
    new1 INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO "_alembic_tmp_Item" (id, c0, f1, value2, b3, mood) SELECT "Item".id, "Item".c0, "Item".f1, "Item".value2, "Item".b3, "Item".mood 
FROM "Item";

DROP TABLE "Item";

ALTER TABLE "_alembic_tmp_Item" RENAME TO "Item";

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

