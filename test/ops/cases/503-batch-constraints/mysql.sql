CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE address ADD CONSTRAINT fk_address_user FOREIGN KEY(user_id) REFERENCES user (id) ON DELETE CASCADE;

ALTER TABLE address ADD CONSTRAINT ck_address_zip CHECK (length(zip) = 5);

ALTER TABLE address ADD CONSTRAINT pk_address PRIMARY KEY (id);

ALTER TABLE address DROP INDEX uq_old;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

