CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE user ALTER COLUMN "order" SET NOT NULL;

ALTER TABLE user ALTER COLUMN "order" SET DEFAULT '0';

ALTER TABLE user ALTER COLUMN "order" TYPE BIGINT;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

