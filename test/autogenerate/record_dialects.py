"""Records Alembic 1.8.1's autogenerate on SQLite and MariaDB for each case of cases_dialects.py,
as record.py does on PostgreSQL (same fields), into recorded-sqlite.json and recorded-mariadb.json.
SQLite's env.py sets render_as_batch=True.

    /usr/bin/python3 test/autogenerate/record_dialects.py [sqlite|mariadb] [CASE...]
"""
import io
import json
import logging
import os
import re
import shutil
import sys
import tempfile

import sqlalchemy as sa

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from cases_dialects import cases  # noqa: E402
import record  # noqa: E402  (its helpers: body_of, translate_body, translate)

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from alembic.autogenerate import compare_metadata  # noqa: E402
from alembic.migration import MigrationContext  # noqa: E402

MY_ADMIN = "mysql+pymysql://root@127.0.0.1:3306/"

ENV_PY = '''
from alembic import context
import models
target_metadata = models.metadata
def run_migrations_online():
    engine = __import__("sqlalchemy").create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          compare_type=True, compare_server_default=True, render_as_batch=%s)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()
run_migrations_online()
'''

MODELS_HEAD = "import sqlalchemy as sa\nmetadata = sa.MetaData()\n"


def fresh_db(dialect, name, tmp):
    if dialect == "sqlite":
        return "sqlite:///" + os.path.join(tmp, "db.sqlite")
    admin = sa.create_engine(MY_ADMIN)
    with admin.connect() as c:
        c.exec_driver_sql("DROP DATABASE IF EXISTS %s" % name)
        c.exec_driver_sql("CREATE DATABASE %s" % name)
    admin.dispose()
    return MY_ADMIN + name


def drop_db(dialect, name):
    if dialect == "sqlite":
        return
    admin = sa.create_engine(MY_ADMIN)
    with admin.connect() as c:
        c.exec_driver_sql("DROP DATABASE IF EXISTS %s" % name)
    admin.dispose()


def record_case(dialect, case):
    db = "retort_agrec_%s_%s" % (os.getpid(), re.sub(r"\W", "_", case["name"]))
    tmp = tempfile.mkdtemp(prefix="retort-agrec-")
    try:
        url = fresh_db(dialect, db, tmp)
        eng = sa.create_engine(url)
        with eng.begin() as c:
            for stmt in case["setup"]:
                c.exec_driver_sql(stmt)
        models_py = MODELS_HEAD + case["models"] + "\n"
        with open(os.path.join(tmp, "models.py"), "w") as f:
            f.write(models_py)
        cfg = Config(os.path.join(tmp, "alembic.ini"))
        cfg.set_main_option("script_location", os.path.join(tmp, "mig"))
        cfg.set_main_option("sqlalchemy.url", url)
        command.init(cfg, os.path.join(tmp, "mig"))
        batch = dialect == "sqlite"
        with open(os.path.join(tmp, "mig", "env.py"), "w") as f:
            f.write(ENV_PY % batch)
        sys.path.insert(0, tmp)
        sys.modules.pop("models", None)
        log = io.StringIO()
        handler = logging.StreamHandler(log)
        handler.setFormatter(logging.Formatter("%(levelname)-5.5s [%(name)s] %(message)s"))
        root = logging.getLogger("alembic")
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        try:
            script = command.revision(cfg, message="auto", autogenerate=True, rev_id="aaaaaaaaaaaa")
        finally:
            root.removeHandler(handler)
        import models
        with open(script.path) as f:
            source = f.read()
        with eng.connect() as c:
            mc = MigrationContext.configure(c, opts={"compare_type": True, "compare_server_default": True})
            diffs = [repr(d) for d in compare_metadata(mc, models.metadata)]
        sys.path.remove(tmp)
        eng.dispose()
        up, down = record.body_of(source, "upgrade"), record.body_of(source, "downgrade")
        return {
            "name": case["name"],
            "setup": case["setup"],
            "render_as_batch": batch,
            "models_py": models_py,
            "models_ts": record.translate(case["models"]) if case["models"].strip() else "",
            "upgrade_py": up,
            "downgrade_py": down,
            "upgrade_ts": record.translate_body(up),
            "downgrade_ts": record.translate_body(down),
            "diffs": diffs,
            "log": [l for l in log.getvalue().split("\n") if "autogenerate" in l],
        }
    finally:
        shutil.rmtree(tmp)
        drop_db(dialect, db)


def main(argv):
    dialects = [a for a in argv[1:] if a in ("sqlite", "mariadb")] or ["sqlite", "mariadb"]
    only = [a for a in argv[1:] if a not in ("sqlite", "mariadb")]
    for dialect in dialects:
        out_path = os.path.join(HERE, "recorded-%s.json" % dialect)
        old = {}
        if only and os.path.exists(out_path):
            old = {c["name"]: c for c in json.load(open(out_path))}
        recorded = []
        for case in cases(dialect):
            if only and case["name"] not in only and case["name"] in old:
                recorded.append(old[case["name"]])
                continue
            print("recording", dialect, case["name"], file=sys.stderr)
            recorded.append(record_case(dialect, case))
        with open(out_path, "w") as f:
            json.dump(recorded, f, indent=1, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main(sys.argv)
