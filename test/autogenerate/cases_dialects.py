"""The catalogue of single changes for SQLite and MariaDB: each case's starting schema in each
dialect's SQL, and the models (Python, translated to TypeScript by the recorder) that
autogenerate compares it with. SQLite's are recorded with render_as_batch, as SQLite needs."""

ACCOUNT = """account = sa.Table('account', metadata,
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('name', sa.String(50), nullable=False),
    sa.Column('description', sa.Text()),
%s)"""


def account(*extra):
    return ACCOUNT % "".join("    %s,\n" % e for e in extra)


def with_description(spec):
    return ACCOUNT.replace("sa.Column('description', sa.Text())", spec) % ""


POST = """
post = sa.Table('post', metadata,
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('account_id', sa.Integer()%s),
)"""

BASE = {
    "sqlite": ["CREATE TABLE account (id INTEGER NOT NULL, name VARCHAR(50) NOT NULL, description TEXT, PRIMARY KEY (id))"],
    "mariadb": ["CREATE TABLE account (id INTEGER NOT NULL AUTO_INCREMENT, name VARCHAR(50) NOT NULL, description TEXT, PRIMARY KEY (id))"],
}
POST_SQL = {
    "sqlite": "CREATE TABLE post (id INTEGER NOT NULL, account_id INTEGER%s, PRIMARY KEY (id))",
    "mariadb": "CREATE TABLE post (id INTEGER NOT NULL AUTO_INCREMENT, account_id INTEGER%s, PRIMARY KEY (id))",
}

KINDS_MODELS = """
kinds = sa.Table('kinds', metadata,
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('a', sa.SmallInteger()),
    sa.Column('b', sa.BigInteger()),
    sa.Column('c', sa.Float()),
    sa.Column('e', sa.Date()),
    sa.Column('f', sa.DateTime()),
    sa.Column('h', sa.Time()),
    sa.Column('i', sa.Boolean(), server_default=sa.text('1')),
    sa.Column('j', sa.JSON()),
    sa.Column('m', sa.LargeBinary()),
    sa.Column('n', sa.Numeric(12, 4)),
    sa.Column('o', sa.CHAR(3)),
    sa.Column('r', sa.String(20), server_default='x'),
    sa.Column('s', sa.Text()),
    sa.Column('t', sa.DateTime(), server_default=sa.func.current_timestamp()),
    sa.Column('u', sa.Integer(), server_default='0'),
    sa.Column('v', sa.Unicode(40)),
)"""


def cases(dialect):
    base = BASE[dialect]
    post = POST_SQL[dialect]
    out = [
        {"name": "empty-diff", "setup": base, "models": account()},
        {"name": "add-table", "setup": [], "models": account()},
        {"name": "drop-table", "setup": base, "models": ""},
        {"name": "add-column", "setup": base, "models": account("sa.Column('email', sa.String(120))")},
        {"name": "drop-column", "setup": base + ["ALTER TABLE account ADD COLUMN email VARCHAR(120)"], "models": account()},
        {"name": "nullable-to-not-null", "setup": base, "models": with_description("sa.Column('description', sa.Text(), nullable=False)")},
        {"name": "not-null-to-nullable", "setup": base, "models": ACCOUNT.replace("nullable=False", "nullable=True") % ""},
        {"name": "type-change", "setup": base, "models": ACCOUNT.replace("sa.String(50)", "sa.String(100)") % ""},
        {"name": "type-text-to-varchar", "setup": base, "models": ACCOUNT.replace("sa.Text()", "sa.String(200)") % ""},
        {"name": "add-server-default", "setup": base, "models": ACCOUNT.replace("nullable=False", "nullable=False, server_default='anon'") % ""},
        {"name": "add-index", "setup": base, "models": account("sa.Index('ix_account_name', 'name')")},
        {"name": "drop-index", "setup": base + ["CREATE INDEX ix_account_name ON account (name)"], "models": account()},
        {"name": "add-unique-index", "setup": base, "models": account("sa.Index('ix_account_name', 'name', unique=True)")},
        {"name": "add-foreign-key", "setup": base + [post % ""],
         "models": account() + POST % ", sa.ForeignKey('account.id', name='fk_post_account')"},
        {"name": "add-table-with-fk-and-index", "setup": base,
         "models": account() + """
post = sa.Table('post', metadata,
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('account_id', sa.Integer(), sa.ForeignKey('account.id'), nullable=False),
    sa.Column('title', sa.String(200), index=True),
    sa.Column('created_at', sa.DateTime(), server_default=sa.func.current_timestamp()),
    sa.Column('score', sa.Numeric(10, 2)),
    sa.Column('flag', sa.Boolean(), server_default=sa.text('0')),
    sa.UniqueConstraint('account_id', 'title', name='uq_post_title'),
)"""},
        {"name": "round-trip-types", "setup": [], "models": KINDS_MODELS},
        {"name": "two-tables-changed", "setup": base + [post % ""],
         "models": account("sa.Column('email', sa.String(120))") + POST.replace("sa.Integer()%s", "sa.BigInteger()")},
    ]
    if dialect == "mariadb":
        out += [
            {"name": "drop-foreign-key", "setup": base + [post % ", CONSTRAINT fk_post_account FOREIGN KEY (account_id) REFERENCES account (id)"],
             "models": account() + POST % ""},
            {"name": "fk-with-implicit-index", "setup": base + [post % ", CONSTRAINT fk_post_account FOREIGN KEY (account_id) REFERENCES account (id)"],
             "models": account() + POST % ", sa.ForeignKey('account.id', name='fk_post_account')"},
            {"name": "add-unique", "setup": base, "models": account("sa.UniqueConstraint('name', name='uq_account_name')")},
            {"name": "drop-unique", "setup": base + ["ALTER TABLE account ADD CONSTRAINT uq_account_name UNIQUE (name)"], "models": account()},
            {"name": "drop-server-default", "setup": base + ["ALTER TABLE account ADD COLUMN status VARCHAR(10) DEFAULT 'x'"],
             "models": account("sa.Column('status', sa.String(10))")},
            {"name": "column-comment", "setup": base, "models": with_description("sa.Column('description', sa.Text(), comment='what it is')")},
            {"name": "table-comment", "setup": base, "models": account("comment='the accounts'")},
            {"name": "reflected-mysql-types", "setup": [
                "CREATE TABLE kinds (id INT(11) NOT NULL AUTO_INCREMENT, a TINYINT(1) DEFAULT 0, b BIGINT(20), c DOUBLE, d DATETIME DEFAULT CURRENT_TIMESTAMP, "
                "e VARCHAR(30) DEFAULT 'x', f TEXT, g DECIMAL(10,2) DEFAULT 1.50, h INT DEFAULT 7, PRIMARY KEY (id))"],
             "models": """
kinds = sa.Table('kinds', metadata,
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('a', sa.Boolean(), server_default=sa.text('0')),
    sa.Column('b', sa.BigInteger()),
    sa.Column('c', sa.Float()),
    sa.Column('d', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP')),
    sa.Column('e', sa.String(30), server_default='x'),
    sa.Column('f', sa.Text()),
    sa.Column('g', sa.Numeric(10, 2), server_default=sa.text('1.50')),
    sa.Column('h', sa.Integer(), server_default='7'),
)"""},
        ]
    else:
        out += [
            {"name": "drop-foreign-key", "setup": base + [post % " CONSTRAINT fk_post_account REFERENCES account (id)"],
             "models": account() + POST % ""},
            {"name": "add-unique", "setup": base, "models": account("sa.UniqueConstraint('name', name='uq_account_name')")},
            {"name": "drop-unique", "setup": ["CREATE TABLE account (id INTEGER NOT NULL, name VARCHAR(50) NOT NULL, description TEXT, PRIMARY KEY (id), CONSTRAINT uq_account_name UNIQUE (name))"],
             "models": account()},
            {"name": "unnamed-unique-autoindex", "setup": ["CREATE TABLE account (id INTEGER NOT NULL, name VARCHAR(50) NOT NULL UNIQUE, description TEXT, PRIMARY KEY (id))"],
             "models": account("sa.UniqueConstraint('name')")},
            {"name": "drop-server-default", "setup": base + ["ALTER TABLE account ADD COLUMN status VARCHAR(10) DEFAULT 'x'"],
             "models": account("sa.Column('status', sa.String(10))")},
            {"name": "reflected-sqlite-types", "setup": [
                "CREATE TABLE kinds (id INTEGER NOT NULL PRIMARY KEY, a BOOLEAN DEFAULT 0, b BIGINT, c FLOAT, d DATETIME DEFAULT CURRENT_TIMESTAMP, "
                "e VARCHAR(30) DEFAULT 'x', f TEXT, g NUMERIC(10, 2) DEFAULT 1.5, h INTEGER DEFAULT (7))"],
             "models": """
kinds = sa.Table('kinds', metadata,
    sa.Column('id', sa.Integer(), primary_key=True),
    sa.Column('a', sa.Boolean(), server_default=sa.text('0')),
    sa.Column('b', sa.BigInteger()),
    sa.Column('c', sa.Float()),
    sa.Column('d', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP')),
    sa.Column('e', sa.String(30), server_default='x'),
    sa.Column('f', sa.Text()),
    sa.Column('g', sa.Numeric(10, 2), server_default=sa.text('1.5')),
    sa.Column('h', sa.Integer(), server_default=sa.text('7')),
)"""},
        ]
    return out
