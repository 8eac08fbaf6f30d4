CREATE TABLE _alembic_tmp_gadget (
    id INTEGER(10) UNSIGNED NOT NULL AUTO_INCREMENT, 
    flag TINYINT(1) NOT NULL DEFAULT 0, 
    kind ENUM('a','b','it''s') DEFAULT 'a', 
    label VARCHAR(60), 
    qty INTEGER, 
    price DECIMAL(8, 2) UNSIGNED, 
    PRIMARY KEY (id)
)COLLATE utf8mb4_general_ci DEFAULT CHARSET=utf8mb4 ENGINE=InnoDB;

INSERT INTO _alembic_tmp_gadget (id, flag, kind, label, qty, price) SELECT gadget.id, gadget.flag, gadget.kind, gadget.label, gadget.qty, gadget.price 
FROM gadget;

DROP TABLE gadget;

ALTER TABLE _alembic_tmp_gadget RENAME TO gadget;

CREATE INDEX ix_gadget_kind_label ON gadget (kind, label);

