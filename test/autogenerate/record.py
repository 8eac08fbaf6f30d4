"""Records Alembic 1.8.1's autogenerate on PostgreSQL for each case of cases.py.

For each case: a fresh database gets the case's starting schema, then
`alembic revision --autogenerate` runs with the case's models as target_metadata
(compare_type and compare_server_default on), and the recording keeps the rendered
upgrade/downgrade bodies (Python, and their TypeScript translation by the contract's rule,
with test/ops/record.py's translator), compare_metadata()'s diffs and the log lines.

    /usr/bin/python3 test/autogenerate/record.py      # writes test/autogenerate/recorded.json
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
from cases import CASES  # noqa: E402
import importlib.util  # noqa: E402

# test/ops/record.py's translator (loaded by path: this file has the same module name).
_spec = importlib.util.spec_from_file_location("ops_record", os.path.join(HERE, "..", "ops", "record.py"))
_ops_record = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ops_record)
translate = _ops_record.translate

from alembic import command  # noqa: E402
from alembic.config import Config  # noqa: E402
from alembic.autogenerate import compare_metadata  # noqa: E402
from alembic.migration import MigrationContext  # noqa: E402

ADMIN = "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"

ENV_PY = '''
from alembic import context
import models
target_metadata = models.metadata
def run_migrations_online():
    engine = __import__("sqlalchemy").create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata,
                          compare_type=True, compare_server_default=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()
run_migrations_online()
'''

MODELS_HEAD = "import sqlalchemy as sa\nfrom sqlalchemy.dialects import postgresql\nmetadata = sa.MetaData()\n"


def fresh_db(name):
    admin = sa.create_engine(ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql("DROP DATABASE IF EXISTS %s WITH (FORCE)" % name)
        c.exec_driver_sql("CREATE DATABASE %s" % name)
    admin.dispose()
    return "postgresql+psycopg2://postgres@127.0.0.1:5432/%s" % name


def drop_db(name):
    admin = sa.create_engine(ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql("DROP DATABASE IF EXISTS %s WITH (FORCE)" % name)
    admin.dispose()


def body_of(source, fn):
    """The indented body of `def fn():` in a generated revision file."""
    m = re.search(r"^def %s\(\)(?: -> None)?:\n((?:    .*\n|\n)*)" % fn, source, re.M)
    lines = [l[4:] for l in m.group(1).rstrip("\n").split("\n")]
    return "\n".join(lines) + "\n"


def translate_body(body):
    """Python body -> TypeScript: comment lines by Retort's wording, code chunks by the contract's rule."""
    out, chunk = [], []

    def flush():
        if chunk:
            out.append(translate("\n".join(chunk)).rstrip("\n"))
            chunk.clear()
    for line in body.rstrip("\n").split("\n"):
        if line.startswith("#"):
            flush()
            out.append("//" + line[1:].replace("Alembic", "Retort"))
        elif line.strip() == "pass":
            flush()
        else:
            chunk.append(line)
    flush()
    return "\n".join(out) + "\n"


def record_case(case):
    db = "retort_agrec_" + re.sub(r"\W", "_", case["name"])
    url = fresh_db(db)
    tmp = tempfile.mkdtemp(prefix="retort-agrec-")
    try:
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
        with open(os.path.join(tmp, "mig", "env.py"), "w") as f:
            f.write(ENV_PY)
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
        up, down = body_of(source, "upgrade"), body_of(source, "downgrade")
        imports = [l for l in source.split("\n") if l.startswith(("import ", "from "))]
        return {
            "name": case["name"],
            "setup": case["setup"],
            "models_py": models_py,
            "models_ts": translate(case["models"]) if case["models"].strip() else "",
            "imports_py": imports,
            "upgrade_py": up,
            "downgrade_py": down,
            "upgrade_ts": translate_body(up),
            "downgrade_ts": translate_body(down),
            "diffs": diffs,
            "log": [l for l in log.getvalue().split("\n") if "autogenerate" in l],
        }
    finally:
        shutil.rmtree(tmp)
        drop_db(db)


def main(argv):
    only = argv[1:]
    out_path = os.path.join(HERE, "recorded.json")
    old = {}
    if only and os.path.exists(out_path):
        old = {c["name"]: c for c in json.load(open(out_path))}
    recorded = []
    for case in CASES:
        if only and case["name"] not in only:
            recorded.append(old.get(case["name"]) or record_case(case))
            continue
        print("recording", case["name"], file=sys.stderr)
        recorded.append(record_case(case))
    with open(out_path, "w") as f:
        json.dump(recorded, f, indent=1, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv)
