BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_order (
    id SERIAL NOT NULL, 
    e0 UUID, 
    a1_r NUMERIC(10, 2), 
    parent_id INTEGER, 
    new0 NUMERIC(12, 3), 
    PRIMARY KEY (id), 
    UNIQUE (a1_r), 
    FOREIGN KEY(parent_id) REFERENCES "order" (id)
);

INSERT INTO _alembic_tmp_order (id, e0, a1_r, parent_id) SELECT "order".id, "order".e0, "order".a1, "order".parent_id 
FROM "order";

DROP TABLE "order";

ALTER TABLE _alembic_tmp_order RENAME TO "order";

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

