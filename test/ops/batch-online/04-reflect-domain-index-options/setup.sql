CREATE DOMAIN posint AS INTEGER NOT NULL DEFAULT 1 CHECK (VALUE > 0);
CREATE TABLE owner (id INTEGER PRIMARY KEY);
CREATE TABLE doc (
    id SERIAL PRIMARY KEY,
    n posint,
    body TEXT,
    owner_id INTEGER,
    tags VARCHAR(20)[],
    CONSTRAINT uq_doc_body_owner UNIQUE (body, owner_id),
    CONSTRAINT doc_owner FOREIGN KEY (owner_id) REFERENCES owner (id)
);
CREATE INDEX ix_doc_n ON doc (n) INCLUDE (body) WITH (fillfactor = 70);
CREATE INDEX ix_doc_tags ON doc USING gin (tags);
CREATE INDEX ix_doc_sorted ON doc (owner_id DESC, body NULLS FIRST, n DESC NULLS FIRST);
INSERT INTO doc (body) VALUES ('x'), ('y');
