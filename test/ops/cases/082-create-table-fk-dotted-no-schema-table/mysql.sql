CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    o_id INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(o_id) REFERENCES sales.`Order` (`Id`) ON DELETE CASCADE
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

