BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (INCREMENT BY 5 START WITH 10 MINVALUE 1 MAXVALUE 1000 CACHE 20 CYCLE);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

