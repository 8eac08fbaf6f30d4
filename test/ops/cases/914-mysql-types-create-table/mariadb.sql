CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE gadget (
    id INTEGER UNSIGNED NOT NULL AUTO_INCREMENT, 
    name VARCHAR(50) CHARACTER SET utf8mb4 NOT NULL, 
    size ENUM('s','m','l') DEFAULT 'm', 
    flags SET('new','hot'), 
    created DATETIME(6) DEFAULT CURRENT_TIMESTAMP(6), 
    doc JSON, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

