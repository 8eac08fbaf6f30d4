BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE "order" DROP CONSTRAINT fk_order_d1;

ALTER TABLE "order" DROP CONSTRAINT uq_order_e2;

ALTER TABLE "order" DROP CONSTRAINT ck_order_id;

CREATE TYPE e_16 AS ENUM ('a', 'b');

CREATE TABLE _alembic_tmp_order (
    id SERIAL NOT NULL, 
    name0 NUMERIC(10, 2), 
    d1 INTEGER NOT NULL, 
    e2 INTEGER, 
    e3 NUMERIC(10, 2), 
    value4 UUID, 
    mood e_16, 
    new0 FLOAT, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_order_d1 FOREIGN KEY(d1) REFERENCES other (id), 
    CONSTRAINT uq_order_e2 UNIQUE (e2), 
    CONSTRAINT ck_order_id CHECK (id > 0), 
    UNIQUE (e2)
);

INSERT INTO _alembic_tmp_order (id, name0, d1, e2, e3, value4, mood) SELECT "order".id, "order".name0, "order".d1, "order".e2, "order".e3, "order".value4, "order".mood 
FROM "order";

DROP TABLE "order";

ALTER TABLE _alembic_tmp_order RENAME TO "order";

CREATE INDEX ix_new_e3 ON "order" (e3);

CREATE INDEX ix_new_mood ON "order" (mood);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

