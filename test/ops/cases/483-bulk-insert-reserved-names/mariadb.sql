CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

INSERT INTO `order` (`select`, `User Name`) VALUES (1, 'x');

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

