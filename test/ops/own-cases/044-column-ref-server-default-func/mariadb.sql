CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    name VARCHAR(50), 
    a INTEGER DEFAULT coalesce(b, 0), 
    label VARCHAR(50) DEFAULT lower(name), 
    PRIMARY KEY (id)
);

ALTER TABLE t ADD COLUMN upper_name VARCHAR(50) DEFAULT upper(name);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

