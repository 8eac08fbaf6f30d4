CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE account (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    email VARCHAR(200), 
    age INTEGER, 
    name VARCHAR(50), 
    CONSTRAINT pk_account PRIMARY KEY (id), 
    CONSTRAINT ck_account_age_positive CHECK (age > 0), 
    CONSTRAINT uq_account_email UNIQUE (email)
);

CREATE INDEX ix_account_name ON account (name);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

