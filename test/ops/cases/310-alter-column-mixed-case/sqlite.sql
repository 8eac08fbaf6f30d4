CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE "Account" ALTER COLUMN "FullName" SET NOT NULL;

ALTER TABLE "Account" RENAME "FullName" TO "DisplayName";

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

