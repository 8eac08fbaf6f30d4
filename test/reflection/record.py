"""Record SQLAlchemy 1.4's reflection of one schema, built on a fresh SQLite file and a fresh
MariaDB database, for test/reflection/reflection.test.ts (CI has no SQLAlchemy).

For each dialect it writes:
  schema.<dialect>.json   the DDL statements that built the schema (what the test runs again)
  <dialect>.json          inspect(engine).get_* for every table, types as repr(type)

Run: /usr/bin/python3 test/reflection/record.py
"""
import json
import os
import sys
import tempfile

import sqlalchemy as sa
from sqlalchemy import event, inspect, text
from sqlalchemy.dialects import mysql, sqlite

from sqlalchemy.sql import schema
from sqlalchemy.util import OrderedSet

HERE = os.path.dirname(os.path.abspath(__file__))


def ordered(attr):
    """Table sets pinned to insertion order, so the DDL (and so the key order) is the same each run."""
    key = "_recorder_ordered_" + attr
    return property(lambda self: self.__dict__[key], lambda self, value: self.__dict__.__setitem__(key, OrderedSet(value)))


schema.Table.indexes = ordered("indexes")
schema.Table.constraints = ordered("constraints")
schema.Column.constraints = ordered("constraints")
sys.path.insert(0, HERE)
from schema_def import build_metadata, RAW_DDL  # noqa: E402


def type_info(t):
    return {"repr": repr(t), "class": type(t).__name__}


def plain(v):
    """JSON-able values: a default is a string or None, text clauses as their text."""
    if isinstance(v, (str, int, float, bool)) or v is None:
        return v
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [plain(x) for x in v]
    return str(v)


def dump(engine, schema=None):
    insp = inspect(engine)
    out = {"default_schema_name": insp.default_schema_name, "table_names": insp.get_table_names(schema=schema), "tables": {}}
    for name in insp.get_table_names(schema=schema):
        cols = []
        for c in insp.get_columns(name, schema=schema):
            d = {k: plain(v) for k, v in c.items() if k != "type"}
            d["type"] = type_info(c["type"])
            cols.append(d)
        entry = {
            "columns": cols,
            "pk_constraint": plain(insp.get_pk_constraint(name, schema=schema)),
            "foreign_keys": plain(insp.get_foreign_keys(name, schema=schema)),
            "indexes": plain(insp.get_indexes(name, schema=schema)),
            "unique_constraints": plain(insp.get_unique_constraints(name, schema=schema)),
            "check_constraints": plain(insp.get_check_constraints(name, schema=schema)),
            "table_comment": plain(insp.get_table_comment(name, schema=schema)) if engine.dialect.name != "sqlite" else None,
            "table_options": plain(insp.get_table_options(name, schema=schema)),
        }
        out["tables"][name] = entry
    return out


def capture(engine, sink):
    @event.listens_for(engine, "before_cursor_execute")
    def _(conn, cursor, statement, parameters, context, executemany):
        s = statement.strip()
        if s.split(None, 1)[0].upper() in ("CREATE", "ALTER", "INSERT", "COMMENT"):
            sink.append(s)


def record(dialect, url, make_engine_cleanup):
    statements = []
    engine = sa.create_engine(url)
    capture(engine, statements)
    md = build_metadata(dialect)
    with engine.begin() as conn:
        md.create_all(conn)
        for s in RAW_DDL[dialect]:
            conn.execute(text(s))
    data = dump(engine)
    engine.dispose()
    make_engine_cleanup()
    with open(os.path.join(HERE, f"schema.{dialect}.json"), "w") as f:
        json.dump(statements, f, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, f"{dialect}.json"), "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")
    print(dialect, len(data["tables"]), "tables")


def main():
    fd, path = tempfile.mkstemp(suffix=".db")
    os.close(fd)
    os.unlink(path)
    record("sqlite", f"sqlite:///{path}", lambda: os.unlink(path))

    admin = sa.create_engine("mysql+pymysql://root@127.0.0.1:3306/")
    db = "retort_reflect_record"
    with admin.begin() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {db}"))
        c.execute(text(f"CREATE DATABASE {db} CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"))

    def drop():
        with admin.begin() as c:
            c.execute(text(f"DROP DATABASE IF EXISTS {db}"))

    record("mariadb", f"mariadb+pymysql://root@127.0.0.1:3306/{db}", drop)

    pg_admin = sa.create_engine("postgresql+psycopg2://postgres@127.0.0.1:5432/postgres", isolation_level="AUTOCOMMIT")
    with pg_admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {db}"))
        c.execute(text(f"CREATE DATABASE {db}"))

    def pg_drop():
        with pg_admin.connect() as c:
            c.execute(text(f"DROP DATABASE IF EXISTS {db}"))

    record("postgresql", f"postgresql+psycopg2://postgres@127.0.0.1:5432/{db}", pg_drop)


if __name__ == "__main__":
    main()
