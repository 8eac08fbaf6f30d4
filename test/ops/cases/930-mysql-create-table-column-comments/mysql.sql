CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE account (
    id INTEGER NOT NULL COMMENT 'the key' AUTO_INCREMENT, 
    name VARCHAR(50) COMMENT 'it''s the name', 
    PRIMARY KEY (id)
)COMMENT='All accounts';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

