CREATE TABLE parent (id SERIAL PRIMARY KEY);
CREATE TABLE account (
    id SERIAL NOT NULL,
    name VARCHAR(50) NOT NULL DEFAULT 'x',
    email VARCHAR(100),
    legacy TEXT,
    parent_id INTEGER,
    score NUMERIC(10, 2) CONSTRAINT ck_account_score CHECK (score >= 0),
    created TIMESTAMP WITH TIME ZONE DEFAULT now(),
    CONSTRAINT account_pkey PRIMARY KEY (id),
    CONSTRAINT fk_account_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE,
    CONSTRAINT uq_account_email UNIQUE (email)
);
CREATE INDEX ix_account_name ON account (name);
COMMENT ON COLUMN account.email IS 'mail';
INSERT INTO parent DEFAULT VALUES;
INSERT INTO account (name, email, legacy, parent_id, score) VALUES ('a', 'a@x', 'l', 1, 1.5), ('b', 'b@x', NULL, 1, 2);
