CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE "S"."T" ALTER COLUMN "C" DROP NOT NULL;

ALTER TABLE "S"."T" RENAME "C" TO "D";

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

