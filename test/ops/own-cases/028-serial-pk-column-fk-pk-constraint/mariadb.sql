CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE challenge_details (
    id INTEGER NOT NULL, 
    details TEXT, 
    CONSTRAINT pk_challenge_details PRIMARY KEY (id), 
    FOREIGN KEY(id) REFERENCES challenges (id)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

