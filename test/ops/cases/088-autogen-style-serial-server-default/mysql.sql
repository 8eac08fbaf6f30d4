CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE account (
    id INTEGER NOT NULL DEFAULT nextval('account_id_seq'::regclass), 
    email VARCHAR(255) NOT NULL, 
    CONSTRAINT account_pkey PRIMARY KEY (id), 
    CONSTRAINT account_email_key UNIQUE (email)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

