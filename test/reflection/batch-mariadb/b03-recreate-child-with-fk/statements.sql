CREATE TABLE _alembic_tmp_child (
    id INTEGER(11) NOT NULL, 
    parent_id INTEGER(11), 
    note VARCHAR(10), 
    PRIMARY KEY (id), 
    CONSTRAINT fk_child_parent FOREIGN KEY(parent_id) REFERENCES parent (id) ON DELETE CASCADE
)COLLATE utf8mb4_general_ci DEFAULT CHARSET=utf8mb4 ENGINE=InnoDB;

