CREATE TABLE parent (id INTEGER NOT NULL, PRIMARY KEY (id));
CREATE TABLE child (
    id INTEGER NOT NULL,
    parent_id INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE
);
INSERT INTO parent (id) VALUES (1);
INSERT INTO child (id, parent_id) VALUES (1, 1);
