CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE account (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    PRIMARY KEY (id)
)ROW_FORMAT=DYNAMIC AUTO_INCREMENT=1000 KEY_BLOCK_SIZE=8;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

