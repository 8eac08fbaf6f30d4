CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE slot (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    pos INTEGER, 
    PRIMARY KEY (id), 
    CONSTRAINT uq_slot_pos UNIQUE (pos) DEFERRABLE INITIALLY DEFERRED
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

