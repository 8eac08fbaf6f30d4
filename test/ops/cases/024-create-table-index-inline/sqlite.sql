CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE article (
    id INTEGER NOT NULL, 
    slug VARCHAR(200) NOT NULL, 
    title VARCHAR(200), 
    PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_article_slug ON article (slug);

CREATE INDEX ix_article_title ON article (title);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

