BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE post ALTER COLUMN title SET NOT NULL;

ALTER TABLE post RENAME body TO content;

ALTER TABLE post DROP CONSTRAINT fk_post_account;

CREATE INDEX ix_post_title ON post (title);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

