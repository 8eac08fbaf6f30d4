CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE "my table" (
    "my-col" INTEGER, 
    "with space" INTEGER, 
    "1st" INTEGER, 
    price$ INTEGER, 
    "$dollar" INTEGER, 
    _leading INTEGER, 
    trailing_ INTEGER, 
    "a.b" INTEGER, 
    "per%cent" INTEGER
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

