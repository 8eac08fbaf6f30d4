CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE address (
    id INTEGER NOT NULL, 
    user_id INTEGER, 
    CONSTRAINT address_pkey PRIMARY KEY (id), 
    CONSTRAINT address_user_id_fkey FOREIGN KEY(user_id) REFERENCES user (id) ON DELETE CASCADE
);

CREATE INDEX ix_address_user_id ON address (user_id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

