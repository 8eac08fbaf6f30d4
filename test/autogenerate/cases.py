"""The catalogue of single changes: a starting schema (SQL run on an empty PostgreSQL database)
and the models (Python, translated to TypeScript by the recorder) that autogenerate compares it
with. Each case differs from its start by one kind of change."""

BASE = [
    "CREATE TABLE account (id SERIAL PRIMARY KEY, name VARCHAR(50) NOT NULL, description TEXT)",
]

ACCOUNT = """account = sa.Table('account', metadata,
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('name', sa.String(50), nullable=False),
    sa.Column('description', sa.Text()),
%s)"""


def account(*extra):
    return ACCOUNT % "".join("    %s,\n" % e for e in extra)


CASES = [
    {"name": "empty-diff", "setup": BASE, "models": account()},
    {"name": "add-table", "setup": [], "models": account()},
    {"name": "drop-table", "setup": BASE, "models": ""},
    {"name": "add-column", "setup": BASE, "models": account("sa.Column('email', sa.String(120))")},
    {"name": "drop-column", "setup": BASE + ["ALTER TABLE account ADD COLUMN email VARCHAR(120)"], "models": account()},
    {"name": "nullable-to-not-null", "setup": BASE, "models": ACCOUNT.replace("sa.Column('description', sa.Text())", "sa.Column('description', sa.Text(), nullable=False)") % ""},
    {"name": "not-null-to-nullable", "setup": BASE, "models": ACCOUNT.replace("nullable=False", "nullable=True") % ""},
    {"name": "type-change", "setup": BASE, "models": ACCOUNT.replace("sa.String(50)", "sa.String(100)") % ""},
    {"name": "type-text-to-varchar", "setup": BASE, "models": ACCOUNT.replace("sa.Text()", "sa.String(200)") % ""},
    {"name": "add-server-default", "setup": BASE, "models": ACCOUNT.replace("sa.Column('description', sa.Text())", "sa.Column('description', sa.Text(), server_default='none')") % ""},
    {"name": "drop-server-default", "setup": BASE + ["ALTER TABLE account ALTER COLUMN description SET DEFAULT 'x'"], "models": account()},
    {"name": "column-comment", "setup": BASE, "models": ACCOUNT.replace("sa.Column('description', sa.Text())", "sa.Column('description', sa.Text(), comment='what it is')") % ""},
    {"name": "table-comment", "setup": BASE, "models": account("comment='the accounts'")},
    {"name": "add-index", "setup": BASE, "models": account("sa.Index('ix_account_name', 'name')")},
    {"name": "drop-index", "setup": BASE + ["CREATE INDEX ix_account_name ON account (name)"], "models": account()},
    {"name": "add-unique", "setup": BASE, "models": account("sa.UniqueConstraint('name', name='uq_account_name')")},
    {"name": "drop-unique", "setup": BASE + ["ALTER TABLE account ADD CONSTRAINT uq_account_name UNIQUE (name)"], "models": account()},
    {"name": "add-foreign-key", "setup": BASE + ["CREATE TABLE post (id SERIAL PRIMARY KEY, account_id INTEGER)"],
     "models": account() + """
post = sa.Table('post', metadata,
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('account_id', sa.Integer(), sa.ForeignKey('account.id', name='fk_post_account')),
)"""},
    {"name": "drop-foreign-key", "setup": BASE + ["CREATE TABLE post (id SERIAL PRIMARY KEY, account_id INTEGER CONSTRAINT fk_post_account REFERENCES account (id))"],
     "models": account() + """
post = sa.Table('post', metadata,
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('account_id', sa.Integer()),
)"""},
    {"name": "add-table-with-fk-and-index", "setup": BASE,
     "models": account() + """
post = sa.Table('post', metadata,
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('account_id', sa.Integer(), sa.ForeignKey('account.id'), nullable=False),
    sa.Column('title', sa.String(200), index=True),
    sa.Column('created_at', sa.DateTime(timezone=True), server_default=sa.text('now()')),
    sa.Column('score', sa.Numeric(10, 2)),
    sa.Column('flag', sa.Boolean(), server_default=sa.text('false')),
    sa.UniqueConstraint('account_id', 'title'),
)"""},
    {"name": "round-trip-types", "setup": [
        "CREATE TABLE kinds (id BIGSERIAL PRIMARY KEY, a SMALLINT, b BIGINT, c DOUBLE PRECISION, d REAL, e DATE, f TIMESTAMP, g TIMESTAMP WITH TIME ZONE, h TIME, i BOOLEAN DEFAULT true, j JSON, k JSONB, l UUID, m BYTEA, n NUMERIC(12, 4), o CHAR(3), p INTERVAL, q INTEGER[], r VARCHAR, s TEXT DEFAULT 'x', t TIMESTAMP DEFAULT now(), u INTEGER DEFAULT 0)"],
     "models": """
kinds = sa.Table('kinds', metadata,
    sa.Column('id', sa.BigInteger(), primary_key=True),
    sa.Column('a', sa.SmallInteger()),
    sa.Column('b', sa.BigInteger()),
    sa.Column('c', sa.Float()),
    sa.Column('d', sa.REAL()),
    sa.Column('e', sa.Date()),
    sa.Column('f', sa.DateTime()),
    sa.Column('g', sa.DateTime(timezone=True)),
    sa.Column('h', sa.Time()),
    sa.Column('i', sa.Boolean(), server_default=sa.text('true')),
    sa.Column('j', sa.JSON()),
    sa.Column('k', postgresql.JSONB()),
    sa.Column('l', postgresql.UUID()),
    sa.Column('m', sa.LargeBinary()),
    sa.Column('n', sa.Numeric(12, 4)),
    sa.Column('o', sa.CHAR(3)),
    sa.Column('p', sa.Interval()),
    sa.Column('q', postgresql.ARRAY(sa.Integer())),
    sa.Column('r', sa.String()),
    sa.Column('s', sa.Text(), server_default='x'),
    sa.Column('t', sa.DateTime(), server_default=sa.func.now()),
    sa.Column('u', sa.Integer(), server_default='0'),
)"""},
]
