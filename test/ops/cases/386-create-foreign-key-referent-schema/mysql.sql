CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE address ADD CONSTRAINT fk_address_user FOREIGN KEY(user_id) REFERENCES auth.user (id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

