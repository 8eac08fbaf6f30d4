"""Record what Alembic 1.8.1's multidb template does with three databases at once (PostgreSQL,
SQLite and MariaDB), as fixtures for multidb.test.ts: the SQL files and log of `upgrade head --sql`,
the logs of `upgrade head` / `downgrade base` online, `current`, and the schema each database holds
after the upgrade.  Run with Debian's Python: /usr/bin/python3 test/multidb/record.py
Needs the PostgreSQL and MariaDB servers of the test setup.  CI never runs this."""
import json, os, re, shutil, sqlite3, subprocess, tempfile

import psycopg2
import pymysql

HERE = os.path.dirname(os.path.abspath(__file__))
CREATE_DATE = "2021-11-20 19:17:01.434529"
PG_DB = "retort_multidb_record"
MY_DB = "retort_multidb_record"

BODIES = {
    "aaaa00000001": {
        "upgrade_engine1": """    op.create_table('account', sa.Column('id', sa.Integer, primary_key=True), sa.Column('name', sa.String(50), nullable=False))""",
        "downgrade_engine1": """    op.drop_table('account')""",
        "upgrade_engine2": """    op.create_table('note', sa.Column('id', sa.Integer, primary_key=True), sa.Column('body', sa.Text()))""",
        "downgrade_engine2": """    op.drop_table('note')""",
        "upgrade_engine3": """    op.create_table('event', sa.Column('id', sa.Integer, primary_key=True), sa.Column('kind', sa.String(20), server_default='x'))""",
        "downgrade_engine3": """    op.drop_table('event')""",
    },
    "bbbb00000002": {
        "upgrade_engine1": """    op.add_column('account', sa.Column('email', sa.String(100)))""",
        "downgrade_engine1": """    op.drop_column('account', 'email')""",
        "upgrade_engine2": """    pass""",
        "downgrade_engine2": """    pass""",
        "upgrade_engine3": """    op.create_index('ix_event_kind', 'event', ['kind'])""",
        "downgrade_engine3": """    op.drop_index('ix_event_kind', table_name='event')""",
    },
}


def alembic(cwd, *args):
    p = subprocess.run(["/usr/bin/python3", "-m", "alembic", *args], cwd=cwd, capture_output=True, text=True)
    return {"argv": list(args), "stdout": p.stdout, "stderr": p.stderr, "exitCode": p.returncode}


def fresh_databases():
    pg = psycopg2.connect(host="127.0.0.1", user="postgres", dbname="postgres")
    pg.autocommit = True
    pg.cursor().execute(f"DROP DATABASE IF EXISTS {PG_DB}")
    pg.cursor().execute(f"CREATE DATABASE {PG_DB}")
    pg.close()
    my = pymysql.connect(host="127.0.0.1", user="root")
    my.cursor().execute(f"DROP DATABASE IF EXISTS {MY_DB}")
    my.cursor().execute(f"CREATE DATABASE {MY_DB}")
    my.close()


def schemas(work):
    pg = psycopg2.connect(host="127.0.0.1", user="postgres", dbname=PG_DB)
    cur = pg.cursor()
    cur.execute("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position")
    pg_cols = [list(r) for r in cur.fetchall()]
    pg.close()
    lite = sqlite3.connect(os.path.join(work, "app.db"))
    lite_rows = [list(r) for r in lite.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid")]
    lite.close()
    my = pymysql.connect(host="127.0.0.1", user="root", database=MY_DB)
    cur = my.cursor()
    cur.execute("SELECT table_name, column_name, column_type, is_nullable FROM information_schema.columns "
                "WHERE table_schema = %s ORDER BY table_name, ordinal_position", (MY_DB,))
    my_cols = [list(r) for r in cur.fetchall()]
    cur.execute("SELECT table_name, index_name, column_name FROM information_schema.statistics "
                "WHERE table_schema = %s ORDER BY table_name, index_name, seq_in_index", (MY_DB,))
    my_idx = [list(r) for r in cur.fetchall()]
    my.close()
    return {"engine1": pg_cols, "engine2": lite_rows, "engine3": {"columns": my_cols, "indexes": my_idx}}


def main():
    work = tempfile.mkdtemp()
    subprocess.run(["/usr/bin/python3", "-m", "alembic", "init", "-t", "multidb", "migrations"], cwd=work, check=True, capture_output=True)
    ini = os.path.join(work, "alembic.ini")
    text = open(ini).read()
    text = text.replace("databases = engine1, engine2", "databases = engine1, engine2, engine3")
    text = text.replace("[engine1]\nsqlalchemy.url = driver://user:pass@localhost/dbname",
                        f"[engine1]\nsqlalchemy.url = postgresql://postgres@127.0.0.1/{PG_DB}")
    text = text.replace("[engine2]\nsqlalchemy.url = driver://user:pass@localhost/dbname2",
                        f"[engine2]\nsqlalchemy.url = sqlite:///app.db\n\n[engine3]\nsqlalchemy.url = mysql+pymysql://root@127.0.0.1/{MY_DB}")
    open(ini, "w").write(text)
    prev = None
    for rev, message in (("aaaa00000001", "create tables"), ("bbbb00000002", "more columns")):
        alembic(work, "revision", "-m", message, "--rev-id", rev)
        path = [os.path.join(work, "migrations", "versions", f) for f in os.listdir(os.path.join(work, "migrations", "versions")) if f.startswith(rev)][0]
        src = open(path).read()
        src = re.sub(r"Create Date: .*", "Create Date: " + CREATE_DATE, src)
        for fn, body in BODIES[rev].items():
            src = re.sub(rf"def {fn}\(\) -> None:\n    pass", f"def {fn}() -> None:\n{body}", src)
        open(path, "w").write(src)
    fresh_databases()
    offline = alembic(work, "upgrade", "head", "--sql")
    files = {name: open(os.path.join(work, f"{name}.sql")).read() for name in ("engine1", "engine2", "engine3")}
    steps = [offline, alembic(work, "upgrade", "head"), alembic(work, "current")]
    after_upgrade = schemas(work)
    steps += [alembic(work, "downgrade", "base"), alembic(work, "current")]
    after_downgrade = schemas(work)
    json.dump({"pgDatabase": PG_DB, "mysqlDatabase": MY_DB, "bodies": BODIES, "offlineFiles": files, "steps": steps,
               "schemaAfterUpgrade": after_upgrade, "schemaAfterDowngrade": after_downgrade},
              open(os.path.join(HERE, "alembic-multidb.json"), "w"), indent=1)
    shutil.rmtree(work)
    fresh_databases()


main()
