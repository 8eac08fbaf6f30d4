BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE a ADD CONSTRAINT fk_a_b FOREIGN KEY(b_id) REFERENCES b (id);

ALTER TABLE a ADD CONSTRAINT fk_a_c FOREIGN KEY(c_id) REFERENCES c (id) ON DELETE SET NULL;

ALTER TABLE a ADD CONSTRAINT uq_a_x UNIQUE (x);

ALTER TABLE a ADD CONSTRAINT pk_a PRIMARY KEY (id);

ALTER TABLE a ADD CONSTRAINT ck_a_x CHECK (x > 0);

ALTER TABLE a DROP CONSTRAINT uq_a_x;

ALTER TABLE a ADD COLUMN z INTEGER;

ALTER TABLE a ALTER COLUMN z SET NOT NULL;

ALTER TABLE a DROP COLUMN z;

CREATE UNIQUE INDEX ix_a_x ON a (x);

DROP INDEX ix_a_x;

ALTER TABLE a RENAME TO aa;

COMMENT ON TABLE aa IS 'hi';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

