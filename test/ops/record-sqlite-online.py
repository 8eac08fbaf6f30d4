#!/usr/bin/python3
"""Record Alembic 1.8.1 ONLINE on SQLite files, as fixtures for sqlite-online.test.ts.

    /usr/bin/python3 test/ops/record-sqlite-online.py            # both parts
    /usr/bin/python3 test/ops/record-sqlite-online.py corpus     # only the corpus sample
    /usr/bin/python3 test/ops/record-sqlite-online.py batch      # only batch-online-sqlite/

1. The corpus: every `cases/<name>/case.py` that has a `sqlite.sql` runs through the real
   `alembic upgrade aaaaaaaaaaaa` on an empty SQLite file (holding `CREATE TABLE t (id INTEGER)`
   when the script adds columns to a table "t" it does not create, as the test does too).
   Where SQLite accepts what Alembic sends, `sqlite-online.json` keeps the schema it left:
   sqlite_master's (type, name, tbl_name, sql) in creation order, the version table left out.
   Where it refuses, the case is left out: most of the corpus alters tables it does not create.
2. `batch-online-sqlite/<name>/`: `setup.sql` (tables and rows), `case.py` (the upgrade body).
   Alembic runs it online (batch mode reflects the table from the live file). Written:
   `statements.sql` (the statements that change the schema or the rows, stripped, tabs as 4
   spaces, each ended with ";" and a blank line), `schema.json` (sqlite_master after) and
   `rows.json` (every table's rows after, by rowid), or `error.txt` when Alembic fails.

Table sets are pinned to insertion order as record.py does. CI never runs this; its outputs are committed.
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"

INI = """[alembic]
script_location = %(here)s/migrations
"""

ENV = '''import json, os
from alembic import context
from sqlalchemy import create_engine, event
from sqlalchemy.sql import schema
from sqlalchemy.util import OrderedSet


def ordered(attr):
    key = "_recorder_ordered_" + attr
    return property(
        lambda self: self.__dict__[key],
        lambda self, value: self.__dict__.__setitem__(key, OrderedSet(value)),
    )


schema.Table.indexes = ordered("indexes")
schema.Table.constraints = ordered("constraints")
schema.Column.constraints = ordered("constraints")

engine = create_engine("sqlite:///" + os.environ["RECORD_DB"])
captured = []


@event.listens_for(engine, "before_cursor_execute")
def capture(conn, cursor, statement, parameters, ctx, executemany):
    captured.append(statement)


try:
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=None)
        with context.begin_transaction():
            context.run_migrations()
finally:
    with open(os.environ["RECORD_OUT"], "w", encoding="utf-8") as f:
        json.dump(captured, f)
'''

VERSION = '''"""case

Revision ID: aaaaaaaaaaaa
Revises:
Create Date: 2020-01-01 00:00:00.000000

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql, sqlite

revision = "aaaaaaaaaaaa"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    exec(
        compile(open(%r).read(), "case.py", "exec"),
        {"op": op, "sa": sa, "postgresql": postgresql, "mysql": mysql, "sqlite": sqlite},
    )


def downgrade():
    pass
'''

RUNNER = '''import sys
from alembic.config import main
try:
    main(argv=["-c", "alembic.ini", "--raiseerr", "upgrade", "aaaaaaaaaaaa"], prog="alembic")
except Exception as e:
    with open("error.txt", "w", encoding="utf-8") as f:
        f.write(str(e))
    sys.exit(3)
'''

CHANGES = ("CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE")


def master(db):
    con = sqlite3.connect(db)
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name != 'alembic_version' ORDER BY rowid").fetchall()
    con.close()
    return [list(r) for r in rows]


def table_rows(db):
    con = sqlite3.connect(db)
    names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version' ORDER BY name")]
    out = {}
    for n in names:
        q = '"%s"' % n.replace('"', '""')
        try:
            cur = con.execute("SELECT * FROM %s ORDER BY rowid" % q)
        except sqlite3.OperationalError:  # WITHOUT ROWID: in primary key order
            cur = con.execute("SELECT * FROM %s" % q)
        cols = [d[0] for d in cur.description]
        out[n] = [{c: (v.hex() if isinstance(v, bytes) else v) for c, v in zip(cols, r)} for r in cur.fetchall()]
    con.close()
    return out


def run_alembic(case_py, setup_sql):
    """Returns (returncode, captured statements, error text, schema, rows)."""
    with tempfile.TemporaryDirectory(prefix="retort-sqlite-rec-") as tmp:
        os.makedirs(os.path.join(tmp, "migrations", "versions"))
        open(os.path.join(tmp, "alembic.ini"), "w").write(INI)
        open(os.path.join(tmp, "migrations", "env.py"), "w").write(ENV)
        open(os.path.join(tmp, "migrations", "script.py.mako"), "w").write("")
        open(os.path.join(tmp, "migrations", "versions", "aaaaaaaaaaaa_case.py"), "w").write(VERSION % case_py)
        db = os.path.join(tmp, "test.db")
        if setup_sql:
            con = sqlite3.connect(db)
            con.executescript(setup_sql)
            con.close()
        out = os.path.join(tmp, "captured.json")
        env = dict(os.environ, RECORD_DB=db, RECORD_OUT=out, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
        env.pop("PYTHONPATH", None)
        proc = subprocess.run([PYTHON, "-c", RUNNER], cwd=tmp, env=env, capture_output=True, text=True)
        if proc.returncode not in (0, 3) or not os.path.exists(out):
            raise SystemExit("%s: alembic crashed\n%s" % (case_py, proc.stderr))
        error = open(os.path.join(tmp, "error.txt"), encoding="utf-8").read() if proc.returncode == 3 else None
        return proc.returncode, json.load(open(out)), error, master(db), table_rows(db)


def corpus_case(name):
    case_dir = os.path.join(HERE, "cases", name)
    sql = open(os.path.join(case_dir, "sqlite.sql")).read()
    setup = ""
    if "\nALTER TABLE t ADD COLUMN " in "\n" + sql and "\nCREATE TABLE t (" not in "\n" + sql:
        setup = "CREATE TABLE t (id INTEGER);"
    code, _, _, schema, _ = run_alembic(os.path.join(case_dir, "case.py"), setup)
    return name, (schema if code == 0 else None)


def corpus():
    names = sorted(n for n in os.listdir(os.path.join(HERE, "cases")) if os.path.exists(os.path.join(HERE, "cases", n, "sqlite.sql")))
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(pool.map(corpus_case, names))
    kept = {n: s for n, s in results.items() if s is not None}
    with open(os.path.join(HERE, "sqlite-online.json"), "w", encoding="utf-8") as f:
        json.dump(kept, f, indent=1, sort_keys=True)
    print("corpus: %d of %d cases run on SQLite" % (len(kept), len(names)))


def batch():
    root = os.path.join(HERE, "batch-online-sqlite")
    for name in sorted(os.listdir(root)):
        case_dir = os.path.join(root, name)
        if not os.path.exists(os.path.join(case_dir, "case.py")):
            continue
        code, captured, error, schema, rows = run_alembic(os.path.join(case_dir, "case.py"), open(os.path.join(case_dir, "setup.sql")).read())
        statements = [s for s in captured if s.strip().upper().startswith(CHANGES) and "alembic_version" not in s]
        with open(os.path.join(case_dir, "statements.sql"), "w", encoding="utf-8") as f:
            for s in statements:
                f.write(s.replace("\t", "    ").strip() + ";\n\n")
        for f in ("error.txt", "schema.json", "rows.json"):
            if os.path.exists(os.path.join(case_dir, f)):
                os.remove(os.path.join(case_dir, f))
        if error is not None:
            open(os.path.join(case_dir, "error.txt"), "w", encoding="utf-8").write(error + "\n")
        else:
            json.dump(schema, open(os.path.join(case_dir, "schema.json"), "w", encoding="utf-8"), indent=1)
            json.dump(rows, open(os.path.join(case_dir, "rows.json"), "w", encoding="utf-8"), indent=1, sort_keys=True)
        print("%s: %d statements%s" % (name, len(statements), ", error.txt" if error is not None else ""))


if __name__ == "__main__":
    parts = sys.argv[1:] or ["corpus", "batch"]
    if "corpus" in parts:
        corpus()
    if "batch" in parts:
        batch()
