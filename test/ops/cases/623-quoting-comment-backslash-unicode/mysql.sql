CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE t (
    c INTEGER COMMENT 'back\\slash ünïcode'
)COMMENT='tab    and 100%';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

