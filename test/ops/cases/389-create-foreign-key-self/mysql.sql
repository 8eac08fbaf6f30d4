CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE node ADD CONSTRAINT fk_node_parent FOREIGN KEY(parent_id) REFERENCES node (id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

