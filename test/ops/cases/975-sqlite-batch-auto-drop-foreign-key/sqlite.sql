CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_post (
    id INTEGER NOT NULL, 
    account_id INTEGER, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_post (id, account_id) SELECT post.id, post.account_id 
FROM post;

DROP TABLE post;

ALTER TABLE _alembic_tmp_post RENAME TO post;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

