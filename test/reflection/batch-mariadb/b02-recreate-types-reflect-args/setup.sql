CREATE TABLE gadget (
    id INTEGER UNSIGNED NOT NULL AUTO_INCREMENT,
    flag TINYINT(1) NOT NULL DEFAULT 0,
    kind ENUM('a','b','it''s') DEFAULT 'a',
    label VARCHAR(40) CHARACTER SET latin1,
    qty SMALLINT,
    price DECIMAL(8,2) UNSIGNED,
    PRIMARY KEY (id),
    KEY ix_gadget_kind_label (kind, label)
) ENGINE=InnoDB;
INSERT INTO gadget (flag, kind, label, qty, price) VALUES (1, 'b', 'one', 3, 9.5), (0, 'it''s', NULL, NULL, NULL);
