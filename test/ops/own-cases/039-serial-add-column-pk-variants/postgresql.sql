BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE a ADD COLUMN id BIGSERIAL NOT NULL;

ALTER TABLE b ADD COLUMN id INTEGER NOT NULL;

ALTER TABLE b ADD FOREIGN KEY(id) REFERENCES c (id);

ALTER TABLE d ADD COLUMN id INTEGER NOT NULL;

ALTER TABLE e ADD COLUMN id SERIAL NOT NULL;

ALTER TABLE e ADD FOREIGN KEY(id) REFERENCES c (id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

