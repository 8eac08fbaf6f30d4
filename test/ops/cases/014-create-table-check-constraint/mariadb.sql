CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE product (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    price NUMERIC(10, 2), 
    discount NUMERIC(10, 2), 
    PRIMARY KEY (id), 
    CONSTRAINT ck_product_price_positive CHECK (price > 0), 
    CHECK (discount < price)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

