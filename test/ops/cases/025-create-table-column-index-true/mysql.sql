CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE article (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    slug VARCHAR(200), 
    code VARCHAR(20), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_article_slug ON article (slug);

CREATE UNIQUE INDEX ix_article_code ON article (code);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

