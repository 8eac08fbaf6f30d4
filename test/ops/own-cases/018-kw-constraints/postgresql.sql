BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE a ADD CONSTRAINT fk_x FOREIGN KEY(b_id) REFERENCES b (id);

ALTER TABLE s.a ADD CONSTRAINT fk_y FOREIGN KEY(b_id2) REFERENCES b (id) ON DELETE CASCADE;

ALTER TABLE a ADD CONSTRAINT uq_a_code UNIQUE (code);

ALTER TABLE a ADD CONSTRAINT pk_a PRIMARY KEY (id);

ALTER TABLE a ADD CONSTRAINT ck_a_x CHECK (x > 5);

ALTER TABLE a DROP CONSTRAINT fk_x;

ALTER TABLE a DROP CONSTRAINT uq_a_code;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

