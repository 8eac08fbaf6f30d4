BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE _alembic_tmp_event (
    id SERIAL NOT NULL, 
    at TIMESTAMP WITHOUT TIME ZONE, 
    payload JSON, 
    PRIMARY KEY (id)
);

INSERT INTO _alembic_tmp_event (id, at, payload) SELECT event.id, CAST(event.at AS TIMESTAMP WITHOUT TIME ZONE) AS at, CAST(event.payload AS JSON) AS payload 
FROM event;

DROP TABLE event;

ALTER TABLE _alembic_tmp_event RENAME TO event;

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

