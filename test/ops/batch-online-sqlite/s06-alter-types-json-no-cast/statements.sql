CREATE TABLE _alembic_tmp_doc (
    id INTEGER NOT NULL, 
    body JSON, 
    n INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_doc (id, body, n) SELECT doc.id, doc.body, CAST(doc.n AS INTEGER) AS n 
FROM doc;

DROP TABLE doc;

ALTER TABLE _alembic_tmp_doc RENAME TO doc;

