CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TABLE booking (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    room_id INTEGER NOT NULL, 
    guest_email VARCHAR(120) NOT NULL, 
    nights INTEGER NOT NULL, 
    CONSTRAINT pk_booking PRIMARY KEY (id), 
    CONSTRAINT fk_booking_room FOREIGN KEY(room_id) REFERENCES room (id), 
    CONSTRAINT uq_booking_room_guest UNIQUE (room_id, guest_email), 
    CONSTRAINT ck_booking_nights CHECK (nights > 0)
);

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa');

