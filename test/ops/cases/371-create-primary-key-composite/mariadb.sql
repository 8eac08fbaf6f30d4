CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE membership ADD CONSTRAINT pk_membership PRIMARY KEY (user_id, group_id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

