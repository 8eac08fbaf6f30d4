CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    x INTEGER, 
    y INTEGER, 
    CONSTRAINT `FK_T_Parent` FOREIGN KEY(x, y) REFERENCES `Other`.`Parent` (`X`, `Y`) ON UPDATE CASCADE
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

