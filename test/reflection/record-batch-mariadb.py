#!/usr/bin/python3
"""Record Alembic 1.8.1 ONLINE on MariaDB: batch mode with recreate="always" and no copy_from,
so Alembic reflects the table from the live database. For each `batch-mariadb/<case>/`:
`setup.sql` runs on a fresh database, then `case.py` (the upgrade body) through Alembic's
Operations on a live connection. Written: `statements.sql` (the statements that change the
schema or the rows, stripped, tabs as 4 spaces, each ended with ";" and a blank line) and
`rows.json` (each table's rows after, by primary key), or `error.txt` (the server's error code
and message) when the database refuses what Alembic sends.

    /usr/bin/python3 test/reflection/record-batch-mariadb.py

Table sets are pinned to insertion order as test/ops/record.py does. CI never runs this.
"""
import json
import os

import sqlalchemy as sa
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import event, text
from sqlalchemy.dialects import mysql
from sqlalchemy.sql import schema
from sqlalchemy.util import OrderedSet

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch-mariadb")
CHANGES = ("CREATE", "ALTER", "DROP", "INSERT", "UPDATE", "DELETE", "RENAME")


def ordered(attr):
    key = "_recorder_ordered_" + attr
    return property(lambda self: self.__dict__[key], lambda self, value: self.__dict__.__setitem__(key, OrderedSet(value)))


schema.Table.indexes = ordered("indexes")
schema.Table.constraints = ordered("constraints")
schema.Column.constraints = ordered("constraints")


def record(name):
    case = os.path.join(HERE, name)
    db = "retort_batch_record"
    admin = sa.create_engine("mysql+pymysql://root@127.0.0.1:3306/")
    with admin.begin() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {db}"))
        c.execute(text(f"CREATE DATABASE {db}"))
    engine = sa.create_engine(f"mysql+pymysql://root@127.0.0.1:3306/{db}")
    with engine.connect() as conn:
        for s in open(os.path.join(case, "setup.sql")).read().split(";\n"):
            if s.strip():
                conn.exec_driver_sql(s)
    captured = []

    @event.listens_for(engine, "before_cursor_execute")
    def capture(conn, cursor, statement, parameters, ctx, executemany):
        if statement.strip().split(None, 1)[0].upper() in CHANGES:
            captured.append(statement.replace("\t", "    ").strip() + ";\n\n")

    error = None
    with engine.connect() as conn:
        op = Operations(MigrationContext.configure(conn))
        try:
            exec(compile(open(os.path.join(case, "case.py")).read(), "case.py", "exec"), {"op": op, "sa": sa, "mysql": mysql})
        except sa.exc.DBAPIError as e:
            error = f"({e.orig.args[0]}) {e.orig.args[1]}"
    event.remove(engine, "before_cursor_execute", capture)
    with open(os.path.join(case, "statements.sql"), "w") as f:
        f.write("".join(captured))
    for out in ("error.txt", "rows.json"):
        if os.path.exists(os.path.join(case, out)):
            os.unlink(os.path.join(case, out))
    if error is not None:
        with open(os.path.join(case, "error.txt"), "w") as f:
            f.write(error + "\n")
    else:
        rows = {}
        insp = sa.inspect(engine)
        with engine.connect() as conn:
            for t in sorted(insp.get_table_names()):
                pk = insp.get_pk_constraint(t)["constrained_columns"]
                res = conn.exec_driver_sql(f"SELECT * FROM `{t}` ORDER BY " + ", ".join(f"`{c}`" for c in pk))
                rows[t] = [{k: (str(v) if v is not None and not isinstance(v, (int, str)) else v) for k, v in r._mapping.items()} for r in res]
        with open(os.path.join(case, "rows.json"), "w") as f:
            json.dump(rows, f, indent=1, sort_keys=True)
            f.write("\n")
    engine.dispose()
    with admin.begin() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {db}"))
    print(name, "error" if error else "ok")


if __name__ == "__main__":
    for name in sorted(os.listdir(HERE)):
        record(name)
