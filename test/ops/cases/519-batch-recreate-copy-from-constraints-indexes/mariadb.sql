CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_address (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    user_id INTEGER, 
    zip VARCHAR(10), 
    city VARCHAR(50) DEFAULT '?', 
    PRIMARY KEY (id), 
    CONSTRAINT fk_address_user FOREIGN KEY(user_id) REFERENCES user (id), 
    CONSTRAINT uq_address_zip UNIQUE (zip), 
    CONSTRAINT ck_zip CHECK (length(zip) = 5)
);

INSERT INTO _alembic_tmp_address (id, user_id, zip) SELECT address.id, address.user_id, address.zip 
FROM address;

DROP TABLE address;

ALTER TABLE _alembic_tmp_address RENAME TO address;

CREATE INDEX ix_address_user_id ON address (user_id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

