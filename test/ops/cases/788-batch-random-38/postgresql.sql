BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE "Item" DROP CONSTRAINT uq_item_d3;

CREATE TYPE e_38 AS ENUM ('a', 'b');

CREATE TABLE "_alembic_tmp_Item" (
    id SERIAL NOT NULL, 
    b0 SMALLINT, 
    f1 TIMESTAMP WITH TIME ZONE NOT NULL, 
    name2 NUMERIC(10, 2), 
    d3 INTEGER, 
    c4 BOOLEAN NOT NULL, 
    mood e_38, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_item_d3 UNIQUE (d3), 
    UNIQUE (b0), 
    UNIQUE (c4)
);

COMMENT ON TABLE "_alembic_tmp_Item" IS 'tc';

COMMENT ON COLUMN "_alembic_tmp_Item".name2 IS 'c name2';

COMMENT ON COLUMN "_alembic_tmp_Item".c4 IS 'c c4';

INSERT INTO "_alembic_tmp_Item" (id, b0, f1, name2, d3, c4, mood) SELECT "Item".id, "Item".b0, "Item".f1, "Item".name2, "Item".d3, CAST("Item".c4 AS BOOLEAN) AS c4, "Item".mood 
FROM "Item";

DROP TABLE "Item";

ALTER TABLE "_alembic_tmp_Item" RENAME TO "Item";

CREATE INDEX ix_item_mood_f1 ON "Item" (mood, f1);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

