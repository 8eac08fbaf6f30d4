BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TYPE e_9 AS ENUM ('a', 'b');

CREATE TABLE "_alembic_tmp_Item" (
    id SERIAL NOT NULL, 
    c0 BYTEA, 
    f1 DATE, 
    value2 TIMESTAMP WITHOUT TIME ZONE, 
    b3 JSON, 
    mood e_9, 
    new0 BIGINT, 
    new1 INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO "_alembic_tmp_Item" (id, c0, f1, value2, b3, mood) SELECT "Item".id, "Item".c0, "Item".f1, "Item".value2, "Item".b3, "Item".mood 
FROM "Item";

DROP TABLE "Item";

ALTER TABLE "_alembic_tmp_Item" RENAME TO "Item";

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

