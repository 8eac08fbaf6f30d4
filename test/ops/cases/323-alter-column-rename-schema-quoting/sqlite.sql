CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE "Sales"."Account" RENAME user TO "User Name";

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

