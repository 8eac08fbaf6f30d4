"""The schema record.py builds: tables of varied shapes, shared by both dialects where they
can be, plus each dialect's own (MySQL's types and options, SQLite's declared types)."""
import sqlalchemy as sa
from sqlalchemy.dialects import mysql


def build_metadata(dialect):
    md = sa.MetaData()
    now = sa.text("CURRENT_TIMESTAMP")
    T = lambda name, *items, **kw: sa.Table(name, md, *items, **kw)  # noqa: E731
    C = sa.Column

    T("users",
      C("id", sa.Integer, primary_key=True),
      C("name", sa.String(50), nullable=False),
      C("email", sa.String(100), unique=True),
      C("created", sa.DateTime, server_default=now),
      C("active", sa.Boolean, server_default=sa.text("true" if dialect == "postgresql" else "1"), nullable=False))
    T("posts",
      C("id", sa.Integer, primary_key=True),
      C("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
      C("title", sa.String(200), nullable=False, server_default="untitled"),
      C("body", sa.Text))
    T("tags",
      C("id", sa.Integer, primary_key=True),
      C("name", sa.String(30), nullable=False),
      sa.UniqueConstraint("name", name="uq_tags_name"))
    T("post_tags",
      C("post_id", sa.Integer, sa.ForeignKey("posts.id"), primary_key=True),
      C("tag_id", sa.Integer, sa.ForeignKey("tags.id", name="fk_post_tags_tag", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True))
    T("numbers",
      C("id", sa.BigInteger, primary_key=True),
      C("price", sa.Numeric(10, 2), server_default="0.00"),
      C("ratio", sa.Float),
      C("small", sa.SmallInteger, server_default=sa.text("7")),
      C("big", sa.BigInteger, nullable=False),
      C("dec", sa.DECIMAL(8, 3)))
    T("moments",
      C("id", sa.Integer, primary_key=True),
      C("d", sa.Date),
      C("t", sa.Time),
      C("dt", sa.DateTime, nullable=False),
      C("ts", sa.TIMESTAMP, nullable=True))
    T("files",
      C("id", sa.Integer, primary_key=True),
      C("data", sa.LargeBinary),
      C("name", sa.Unicode(255)),
      C("note", sa.UnicodeText))
    T("moods",
      C("id", sa.Integer, primary_key=True),
      C("mood", sa.Enum("happy", "sad", "it's ok", name="mood"), nullable=False),
      C("level", sa.Enum("low", "high", name="level", create_constraint=True)))
    T("payments",
      C("id", sa.Integer, primary_key=True),
      C("amount", sa.Integer, nullable=False),
      C("fee", sa.Integer),
      sa.CheckConstraint("amount > 0", name="ck_payments_positive"),
      sa.CheckConstraint("fee >= 0 AND fee < amount", name="ck_payments_fee"))
    T("pairs",
      C("id", sa.Integer, primary_key=True),
      C("a", sa.Integer, nullable=False),
      C("b", sa.String(20), nullable=False),
      C("c", sa.Integer),
      C("d", sa.Integer),
      C("e", sa.String(40)),
      sa.UniqueConstraint("a", "b", name="uq_pairs_ab"),
      sa.Index("ix_pairs_cd", "c", "d"),
      sa.Index("ux_pairs_e", "e", unique=True))
    T("nodes",
      C("id", sa.Integer, primary_key=True),
      C("parent_id", sa.Integer, sa.ForeignKey("nodes.id")),
      C("label", sa.String(10)))
    T("orders",
      C("order_no", sa.String(20), primary_key=True),
      C("customer", sa.String(20), primary_key=True),
      C("total", sa.Numeric(12, 4)),
      sa.PrimaryKeyConstraint("order_no", "customer", name="pk_orders"))
    T("order_lines",
      C("id", sa.Integer, primary_key=True),
      C("order_no", sa.String(20), nullable=False),
      C("customer", sa.String(20), nullable=False),
      C("qty", sa.Integer, server_default="1"),
      sa.ForeignKeyConstraint(["order_no", "customer"], ["orders.order_no", "orders.customer"], name="fk_lines_order", ondelete="CASCADE"))
    T("no_pk",
      C("a", sa.Integer),
      C("b", sa.String(5)))
    T("natural_key",
      C("code", sa.String(3), primary_key=True),
      C("label", sa.String(50)))
    T("not_auto",
      C("id", sa.Integer, primary_key=True, autoincrement=False),
      C("v", sa.Integer))
    T("chars",
      C("id", sa.Integer, primary_key=True),
      C("fixed", sa.CHAR(2)),
      *([] if dialect == "postgresql" else [C("nfixed", sa.NCHAR(3)), C("nvar", sa.NVARCHAR(30))]),
      C("clob", sa.Text() if dialect == "postgresql" else sa.Text(1000)))
    T("json_docs",
      C("id", sa.Integer, primary_key=True),
      C("doc", sa.JSON))
    T("audit",
      C("id", sa.Integer, primary_key=True),
      C("at", sa.DateTime, nullable=False, server_default=now),
      C("who", sa.String(30), server_default=sa.text("'system'")),
      C("what", sa.String(30), server_default=""))
    T("multi_fk",
      C("id", sa.Integer, primary_key=True),
      C("author_id", sa.Integer, sa.ForeignKey("users.id", name="fk_multi_author")),
      C("editor_id", sa.Integer, sa.ForeignKey("users.id", name="fk_multi_editor", ondelete="SET NULL")),
      C("node_id", sa.Integer, sa.ForeignKey("nodes.id")))
    T("many_indexes",
      C("id", sa.Integer, primary_key=True),
      C("a", sa.Integer, index=True),
      C("b", sa.Integer, index=True, unique=True),
      C("c", sa.String(10)),
      sa.Index("ix_many_c_b", "c", "b"))
    for i in range(1, 9):
        # Plain tables to reach a realistic count: a chain of foreign keys.
        T(f"chain_{i:02d}",
          C("id", sa.Integer, primary_key=True),
          C("prev_id", sa.Integer, sa.ForeignKey(f"chain_{i - 1:02d}.id") if i > 1 else sa.ForeignKey("users.id")),
          C("n", sa.Integer, nullable=i % 2 == 0),
          C("s", sa.String(10 * i)))

    if dialect == "mariadb":
        T("my_types",
          C("id", mysql.INTEGER(unsigned=True), primary_key=True),
          C("flag", mysql.TINYINT(1), server_default=sa.text("0")),
          C("tiny", mysql.TINYINT(unsigned=True)),
          C("medium", mysql.MEDIUMINT),
          C("latin", mysql.VARCHAR(40, charset="latin1")),
          C("bin_coll", mysql.VARCHAR(40, collation="utf8mb4_bin")),
          C("dbl", mysql.DOUBLE(asdecimal=False)),
          C("yr", mysql.YEAR),
          C("colors", mysql.SET("red", "green", "blue")),
          C("longt", mysql.LONGTEXT),
          C("mediumt", mysql.MEDIUMTEXT),
          C("tinyt", mysql.TINYTEXT),
          C("vb", sa.VARBINARY(16)),
          C("bn", sa.BINARY(4)),
          C("bits", mysql.BIT(8)),
          C("precise", mysql.DATETIME(fsp=6)),
          C("upd", mysql.TIMESTAMP, server_default=sa.text("CURRENT_TIMESTAMP"), server_onupdate=sa.text("CURRENT_TIMESTAMP"), nullable=False),
          C("dec_u", mysql.DECIMAL(10, 2, unsigned=True)),
          C("big_z", mysql.BIGINT(zerofill=True)),
          C("fl", mysql.FLOAT(7, 3)),
          C("en", mysql.ENUM("x", "y")),
          mysql_engine="InnoDB", mysql_charset="utf8mb4", comment="MySQL's own types")
        T("my_comments",
          C("id", sa.Integer, primary_key=True, comment="the key"),
          C("body", sa.String(100), comment="it's a body"),
          comment="a commented table")
        T("my_prefix",
          C("id", sa.Integer, primary_key=True),
          C("title", sa.String(200)),
          C("body", sa.Text),
          sa.Index("ix_my_prefix_title", "title", mariadb_length=20),
          sa.Index("ix_my_prefix_body", "body", mariadb_length=100))
        T("my_myisam",
          C("id", sa.Integer, primary_key=True),
          C("v", sa.String(10)),
          mariadb_engine="MyISAM", mariadb_charset="latin1")
    return md


RAW_DDL = {
    "postgresql": [
        "CREATE TABLE pg_raw (id SERIAL PRIMARY KEY, a INTEGER GENERATED ALWAYS AS IDENTITY, b VARCHAR(10) COLLATE \"C\", "
        "c NUMERIC DEFAULT 3, d TEXT NOT NULL DEFAULT 'y', e TIMESTAMP WITH TIME ZONE DEFAULT now(), f INTEGER[], "
        "g INTEGER GENERATED ALWAYS AS (c::integer + 1) STORED, CONSTRAINT ck_raw CHECK (c < 100))",
        "CREATE INDEX ix_pg_raw_lower ON pg_raw (lower(b))",
        "CREATE UNIQUE INDEX ux_pg_raw_d ON pg_raw (d) WHERE c > 1",
        "COMMENT ON TABLE pg_raw IS 'raw DDL'",
        "CREATE VIEW v_users AS SELECT id, name FROM users",
    ],
    "sqlite": [
        # Declared types SQLAlchemy resolves by affinity, and what only SQLite's text knows.
        "CREATE TABLE declared (id INTEGER PRIMARY KEY AUTOINCREMENT, a VARCHAR2(10), b STRING, c LONGTEXT, d, "
        "e DOUBLE PRECISION, f MONEY, g INT8, h BOOL DEFAULT 0, i NUMERIC(5, 1), j CLOB NOT NULL DEFAULT 'x', "
        "k DATETIME DEFAULT (datetime('now')), l REAL DEFAULT 1.5, m BLOB)",
        "CREATE TABLE inline_refs (id INTEGER NOT NULL PRIMARY KEY, user_id INTEGER REFERENCES users (id) ON DELETE CASCADE, "
        "code TEXT UNIQUE, n INTEGER CHECK (n > 0), CONSTRAINT named_ck CHECK (length(code) < 10))",
        "CREATE TABLE rowid_less (k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID",
        "CREATE TABLE generated (id INTEGER PRIMARY KEY, a INTEGER, twice INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL, "
        "thrice INTEGER GENERATED ALWAYS AS (a * 3) STORED)",
        "CREATE INDEX ix_generated_partial ON generated (a) WHERE a > 10",
        "CREATE INDEX ix_generated_expr ON generated (lower(a))",
        "CREATE UNIQUE INDEX ux_declared_ab ON declared (a, b)",
        'CREATE TABLE "Mixed Case" ("Id" INTEGER PRIMARY KEY, "Some Col" VARCHAR(5), "Other" INTEGER REFERENCES "Mixed Case" ("Id"))',
        "CREATE VIEW v_users AS SELECT id, name FROM users",
    ],
    "mariadb": [
        "CREATE TABLE my_raw (id INT(11) NOT NULL AUTO_INCREMENT, a INT(5) ZEROFILL, b VARCHAR(10) CHARACTER SET ascii, "
        "c DECIMAL(5,0) DEFAULT 3, d CHAR(1) NOT NULL DEFAULT 'y', e DATETIME DEFAULT NULL, "
        "f VARCHAR(20) DEFAULT 'a''b', g DOUBLE DEFAULT 1.5, h INT GENERATED ALWAYS AS (a + 1) VIRTUAL, "
        "i TEXT DEFAULT ('x'), j FLOAT, k INT(11) UNSIGNED DEFAULT 42, "
        "PRIMARY KEY (id), KEY ix_raw_ab (a, b(4)), UNIQUE KEY uq_raw_d_c (d, c), CONSTRAINT ck_raw CHECK (c < 100), FULLTEXT KEY ft_raw (b)"
        ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='raw DDL'",
        "CREATE TABLE `Mixed Case` (`Id` INT NOT NULL PRIMARY KEY, `Some Col` VARCHAR(5), `Other` INT, "
        "CONSTRAINT `fk mixed` FOREIGN KEY (`Other`) REFERENCES `Mixed Case` (`Id`) ON UPDATE CASCADE)",
        "CREATE VIEW v_users AS SELECT id, name FROM users",
    ],
}
