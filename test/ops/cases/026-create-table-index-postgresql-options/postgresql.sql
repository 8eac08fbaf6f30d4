BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE doc (
    id SERIAL NOT NULL, 
    body JSONB, 
    deleted BOOLEAN, 
    PRIMARY KEY (id)
);

CREATE INDEX ix_doc_body ON doc USING gin (body);

CREATE INDEX ix_doc_live ON doc (id) WHERE NOT deleted;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

