CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE tag (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    name VARCHAR(50), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_tag_name_lower ON tag ((lower(name)));

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

