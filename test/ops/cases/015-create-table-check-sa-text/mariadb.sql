CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE product (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    qty INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT ck_qty CHECK (qty >= 0)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

