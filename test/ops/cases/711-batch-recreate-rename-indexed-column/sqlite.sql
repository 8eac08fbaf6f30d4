CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE "_alembic_tmp_User" (
    id INTEGER NOT NULL, 
    email_address VARCHAR(80), 
    "order" BIGINT, 
    PRIMARY KEY (id)
);

INSERT INTO "_alembic_tmp_User" (id, email_address, "order") SELECT "User".id, "User"."Email", "User"."order" 
FROM "User";

DROP TABLE "User";

ALTER TABLE "_alembic_tmp_User" RENAME TO "User";

CREATE UNIQUE INDEX ix_user_email ON "User" (email_address);

CREATE INDEX ix_user_lower ON "User" (lower("Email"));

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

