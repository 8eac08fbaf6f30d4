CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE post (
    id INTEGER NOT NULL, 
    account_id INTEGER, 
    slug VARCHAR(80) NOT NULL, 
    score INTEGER DEFAULT '0', 
    PRIMARY KEY (id), 
    CONSTRAINT ck_post_score CHECK (score >= 0), 
    CONSTRAINT fk_post_account FOREIGN KEY(account_id) REFERENCES account (id) ON DELETE CASCADE, 
    UNIQUE (slug)
);

CREATE INDEX ix_post_score ON post (score);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

