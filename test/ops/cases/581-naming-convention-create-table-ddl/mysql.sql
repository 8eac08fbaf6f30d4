CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE membership (
    user_id INTEGER NOT NULL, 
    group_id INTEGER NOT NULL, 
    `role` VARCHAR(20), 
    CONSTRAINT pk_membership PRIMARY KEY (user_id, group_id), 
    CONSTRAINT uq_membership_user_id_role UNIQUE (user_id, `role`)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

