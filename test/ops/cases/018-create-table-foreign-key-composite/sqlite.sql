CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE line (
    order_id INTEGER NOT NULL, 
    order_version INTEGER NOT NULL, 
    n INTEGER NOT NULL, 
    PRIMARY KEY (order_id, order_version, n), 
    FOREIGN KEY(order_id, order_version) REFERENCES orders (id, version) MATCH FULL
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

