CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE `My Schema`.`My Table` ADD CONSTRAINT uq UNIQUE (a, `B`, `select`);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

