CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE a (
    tenant_id INTEGER NOT NULL, 
    id BIGINT NOT NULL AUTO_INCREMENT, 
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE b (
    tenant_id INTEGER NOT NULL AUTO_INCREMENT, 
    id SMALLINT NOT NULL, 
    PRIMARY KEY (tenant_id, id), 
    FOREIGN KEY(tenant_id) REFERENCES tenants (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

