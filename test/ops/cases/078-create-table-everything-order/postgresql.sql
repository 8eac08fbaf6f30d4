BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> aaaaaaaaaaaa

CREATE TYPE ticket_status AS ENUM ('new', 'closed');

CREATE TABLE support.ticket (
    id SERIAL NOT NULL, 
    status ticket_status NOT NULL, 
    owner VARCHAR(50), 
    tags TEXT[] DEFAULT '{}', 
    PRIMARY KEY (id), 
    CONSTRAINT uq_ticket_owner_status UNIQUE (owner, status)
);

CREATE INDEX ix_support_ticket_status ON support.ticket (status);

CREATE INDEX ix_ticket_owner ON support.ticket (owner) WHERE owner IS NOT NULL;

COMMENT ON TABLE support.ticket IS 'support tickets';

COMMENT ON COLUMN support.ticket.id IS 'pk';

COMMENT ON COLUMN support.ticket.owner IS 'who';

INSERT INTO alembic_version (version_num) VALUES ('aaaaaaaaaaaa') RETURNING alembic_version.version_num;

COMMIT;

