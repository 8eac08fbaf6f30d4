CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

ALTER TABLE t ADD CONSTRAINT fk_t_u FOREIGN KEY(u_id) REFERENCES `auth.user` (id);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

