CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE account ADD CONSTRAINT uq_account_tenant_email UNIQUE (tenant_id, email);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

