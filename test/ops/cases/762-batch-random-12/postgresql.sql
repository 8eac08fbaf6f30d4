BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE "Item" DROP CONSTRAINT "uq_Item_value1";

CREATE TABLE "_alembic_tmp_Item" (
    id SERIAL NOT NULL, 
    f0 VARCHAR(50), 
    value1 NUMERIC(10, 2), 
    c2 TIMESTAMP WITH TIME ZONE, 
    f3 JSONB, 
    PRIMARY KEY (id), 
    CONSTRAINT "uq_Item_value1" UNIQUE (value1), 
    CONSTRAINT uq_new_value1 UNIQUE (value1)
);

COMMENT ON COLUMN "_alembic_tmp_Item".c2 IS 'c c2';

COMMENT ON COLUMN "_alembic_tmp_Item".f3 IS 'c f3';

INSERT INTO "_alembic_tmp_Item" (id, f0, value1, c2, f3) SELECT "Item".id, "Item".f0, "Item".value1, "Item".c2, "Item".f3 
FROM "Item";

DROP TABLE "Item";

ALTER TABLE "_alembic_tmp_Item" RENAME TO "Item";

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

