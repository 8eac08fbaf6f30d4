ALTER TABLE doc DROP CONSTRAINT doc_pkey;

ALTER TABLE doc DROP CONSTRAINT doc_owner;

CREATE TABLE _alembic_tmp_doc (
    id SERIAL NOT NULL, 
    n INTEGER DEFAULT 1 NOT NULL, 
    body VARCHAR(200) NOT NULL, 
    owner_id INTEGER, 
    tags VARCHAR(20)[], 
    CONSTRAINT doc_pkey PRIMARY KEY (id), 
    CONSTRAINT doc_owner FOREIGN KEY(owner_id) REFERENCES owner (id)
);

INSERT INTO _alembic_tmp_doc (id, n, body, owner_id, tags) SELECT doc.id, doc.n, doc.body, doc.owner_id, doc.tags 
FROM doc;

DROP TABLE doc;

ALTER TABLE _alembic_tmp_doc RENAME TO doc;

CREATE INDEX ix_doc_n ON doc (n) INCLUDE (body) WITH (fillfactor = 70);

CREATE INDEX ix_doc_sorted ON doc (owner_id DESC, body NULLS FIRST, n DESC);

CREATE INDEX ix_doc_tags ON doc USING gin (tags);

