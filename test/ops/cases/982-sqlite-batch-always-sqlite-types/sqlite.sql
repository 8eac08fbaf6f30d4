CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_event (
    id INTEGER NOT NULL, 
    at DATETIME, 
    payload JSON, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_event (id, at, payload) SELECT event.id, CAST(event.at AS DATETIME) AS at, event.payload 
FROM event;

DROP TABLE event;

ALTER TABLE _alembic_tmp_event RENAME TO event;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

