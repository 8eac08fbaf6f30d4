BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE account (
    id SERIAL NOT NULL, 
    name VARCHAR(50), 
    created TIMESTAMP WITHOUT TIME ZONE DEFAULT now() NOT NULL, 
    balance NUMERIC(12, 2), 
    score DOUBLE PRECISION, 
    data JSONB, 
    CONSTRAINT account_pkey PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

