CREATE TABLE _alembic_tmp_link (
    a INTEGER NOT NULL, 
    b INTEGER NOT NULL, 
    w REAL DEFAULT (1.5), 
    tag TEXT, 
    PRIMARY KEY (a, b), 
    FOREIGN KEY(a) REFERENCES parent (id), 
    UNIQUE (tag)
);

INSERT INTO _alembic_tmp_link (a, b, w, tag) SELECT link.a, link.b, link.weight, link.tag 
FROM link;

DROP TABLE link;

ALTER TABLE _alembic_tmp_link RENAME TO link;

