CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE s1._alembic_tmp_child (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    pid INTEGER, 
    self_id INTEGER, 
    note TEXT, 
    PRIMARY KEY (id), 
    CONSTRAINT fk_child_parent FOREIGN KEY(pid) REFERENCES s1.parent (id) ON DELETE CASCADE, 
    FOREIGN KEY(self_id) REFERENCES s1.child (id)
);

INSERT INTO s1._alembic_tmp_child (id, pid, self_id) SELECT s1.child.id, s1.child.pid, s1.child.self_id 
FROM s1.child;

DROP TABLE s1.child;

ALTER TABLE s1._alembic_tmp_child RENAME TO s1.child;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

