#!/usr/bin/python3
"""Record Alembic 1.8.1's ONLINE batch move-and-copy on a real PostgreSQL server.

    /usr/bin/python3 test/ops/record-batch-online.py            # every case
    /usr/bin/python3 test/ops/record-batch-online.py reflect     # names containing a word

Each `batch-online/<name>/` holds `setup.sql` (the table to alter, with rows), `case.py`
(the upgrade body, un-indented; `op` and `sa` in scope) and its TypeScript twin `case.ts`.
For each case this script creates a throw-away database, runs setup.sql, then runs the
real `alembic upgrade aaaaaaaaaaaa` online (batch mode reflects the table from the live
database), capturing every statement Alembic sends. It writes `statements.sql`: the
statements that change the database (not SELECT/SHOW reflection queries, not the version
table), each stripped, tabs as 4 spaces, ended with ";" and a blank line; when Alembic
fails, they end with the statement the database refused, and `error.txt` holds
str(exception) (the driver's message first). Table sets are pinned to insertion order as record.py does.
CI never runs it; its outputs are committed.
"""
import json
import os
import subprocess
import sys
import tempfile

import psycopg2

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "batch-online")
PYTHON = "/usr/bin/python3"

INI = """[alembic]
script_location = %(here)s/migrations
"""

ENV = '''import json, os, re
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

engine = create_engine(os.environ["RECORD_URL"])
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
from sqlalchemy.dialects import postgresql

revision = "aaaaaaaaaaaa"
down_revision = None
branch_labels = None
depends_on = None


def upgrade():
    exec(compile(open(%r).read(), "case.py", "exec"))


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

DDL = ("CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE", "COMMENT")


def keep(statement):
    s = statement.strip()
    return s.upper().startswith(DDL) and "alembic_version" not in s


def record(case_dir):
    name = os.path.basename(case_dir)
    db = "retort_batch_rec_%d" % os.getpid()
    admin = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname="postgres")
    admin.autocommit = True
    admin.cursor().execute("DROP DATABASE IF EXISTS %s" % db)
    admin.cursor().execute("CREATE DATABASE %s" % db)
    try:
        conn = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname=db)
        conn.autocommit = True
        conn.cursor().execute(open(os.path.join(case_dir, "setup.sql")).read())
        conn.close()
        with tempfile.TemporaryDirectory() as tmp:
            os.makedirs(os.path.join(tmp, "migrations", "versions"))
            open(os.path.join(tmp, "alembic.ini"), "w").write(INI)
            open(os.path.join(tmp, "migrations", "env.py"), "w").write(ENV)
            open(os.path.join(tmp, "migrations", "script.py.mako"), "w").write("")
            open(os.path.join(tmp, "migrations", "versions", "aaaaaaaaaaaa_case.py"), "w").write(
                VERSION % os.path.join(case_dir, "case.py"))
            out = os.path.join(tmp, "captured.json")
            env = dict(os.environ, RECORD_URL="postgresql://postgres@127.0.0.1:5432/%s" % db, RECORD_OUT=out)
            proc = subprocess.run([PYTHON, "-c", RUNNER], cwd=tmp, env=env, capture_output=True, text=True)
            for f in ("statements.sql", "error.txt"):
                if os.path.exists(os.path.join(case_dir, f)):
                    os.remove(os.path.join(case_dir, f))
            if proc.returncode not in (0, 3) or not os.path.exists(out):
                sys.stderr.write(proc.stderr)
                raise SystemExit("%s: alembic failed" % name)
            # What Alembic sent, up to and including a statement the database refused.
            statements = [s for s in json.load(open(out)) if keep(s)]
            with open(os.path.join(case_dir, "statements.sql"), "w", encoding="utf-8") as f:
                for s in statements:
                    f.write(s.replace("\t", "    ").strip() + ";\n\n")
            if proc.returncode == 3:
                with open(os.path.join(case_dir, "error.txt"), "w", encoding="utf-8") as f:
                    f.write(open(os.path.join(tmp, "error.txt"), encoding="utf-8").read() + "\n")
            print("%s: %d statements%s" % (name, len(statements), ", error.txt" if proc.returncode == 3 else ""))
    finally:
        admin.cursor().execute("DROP DATABASE IF EXISTS %s WITH (FORCE)" % db)
        admin.close()


def main():
    words = sys.argv[1:]
    for name in sorted(os.listdir(CASES)):
        if words and not any(w in name for w in words):
            continue
        record(os.path.join(CASES, name))


if __name__ == "__main__":
    main()
