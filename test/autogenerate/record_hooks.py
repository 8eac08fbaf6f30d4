"""Records Alembic 1.8.1's revision command with post_write_hooks and process_revision_directives.

Each case runs `python3 -m alembic revision ...` in a fresh `alembic init -t generic` project
(PostgreSQL at 127.0.0.1:5432 where the env connects) and keeps the exit status, stdout with the
project folder as %DIR%, and the revision files written. hooks.test.ts runs the same case on Retort
with the case's TypeScript hook (`ts`) in place of the Python one (`py`).

    /usr/bin/python3 test/autogenerate/record_hooks.py      # writes test/autogenerate/hooks.json
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import sqlalchemy as sa

HERE = os.path.dirname(os.path.abspath(__file__))
ADMIN = "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"

# (name, extra ini text, revision args, python env hook, typescript env hook)
EMPTY_WHEN_NO_CHANGES_PY = '''
def process_revision_directives(context, revision, directives):
    if directives[0].upgrade_ops.is_empty():
        directives[:] = []
'''
EMPTY_WHEN_NO_CHANGES_TS = '''const processRevisionDirectives = (context: unknown, revision: readonly string[], directives: { upgradeOps: { isEmpty(): boolean } }[]) => {
  if (directives[0]!.upgradeOps.isEmpty()) directives.length = 0;
};
'''
RENAME_PY = '''
def process_revision_directives(context, revision, directives):
    directives[0].message = "renamed by hook"
    directives[0].rev_id = "bbbbbbbbbbbb"
'''
RENAME_TS = '''const processRevisionDirectives = (context: unknown, revision: readonly string[], directives: { message: string | null; revId: string }[]) => {
  directives[0]!.message = "renamed by hook";
  directives[0]!.revId = "bbbbbbbbbbbb";
};
'''
HOOK = "\n[post_write_hooks]\nhooks = fmt\n"
CASES = [
    {"name": "directives-emptied", "ini": "", "args": ["--autogenerate", "-m", "nothing"], "py": EMPTY_WHEN_NO_CHANGES_PY, "ts": EMPTY_WHEN_NO_CHANGES_TS},
    {"name": "directives-edited", "ini": "", "args": ["--autogenerate", "-m", "auto"], "py": RENAME_PY, "ts": RENAME_TS},
    # Alembic runs the console script; the Retort test puts an npm bin of that name in node_modules/.bin.
    {"name": "hook-console-scripts", "ini": HOOK + "fmt.type = console_scripts\nfmt.entrypoint = pygmentize\nfmt.options = -o /dev/null REVISION_SCRIPT_FILENAME\n", "args": ["-m", "x"]},
    {"name": "hook-two-hooks", "ini": "\n[post_write_hooks]\nhooks = fmt, lint\nfmt.type = console_scripts\nfmt.entrypoint = pygmentize\nfmt.options = -o /dev/null\nlint.type = console_scripts\nlint.entrypoint = pygmentize\nlint.options = -o /dev/null REVISION_SCRIPT_FILENAME\n", "args": ["-m", "x"]},
    {"name": "hook-no-type", "ini": HOOK + "fmt.entrypoint = pygmentize\n", "args": ["-m", "x"]},
    {"name": "hook-unknown-type", "ini": HOOK + "fmt.type = black_magic\n", "args": ["-m", "x"]},
    {"name": "hook-no-entrypoint", "ini": HOOK + "fmt.type = console_scripts\n", "args": ["-m", "x"]},
    {"name": "hook-entrypoint-not-found", "ini": HOOK + "fmt.type = console_scripts\nfmt.entrypoint = no_such_formatter\n", "args": ["-m", "x"]},
]

ENV_PY = '''
from alembic import context
import sqlalchemy as sa
target_metadata = sa.MetaData()
%s
def run_migrations_online():
    engine = sa.create_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, **HOOKS)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()
run_migrations_online()
'''


def record(case):
    db = "retort_hookrec_" + re.sub(r"\W", "_", case["name"])
    admin = sa.create_engine(ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql("DROP DATABASE IF EXISTS %s WITH (FORCE)" % db)
        c.exec_driver_sql("CREATE DATABASE %s" % db)
    tmp = tempfile.mkdtemp(prefix="retort-hookrec-")
    try:
        subprocess.run([sys.executable, "-m", "alembic", "init", "-t", "generic", "mig"], cwd=tmp, check=True, capture_output=True)
        ini = os.path.join(tmp, "alembic.ini")
        text = open(ini).read().replace("driver://user:pass@localhost/dbname", "postgresql+psycopg2://postgres@127.0.0.1:5432/" + db)
        # The generic ini's commented post_write_hooks section gives way to the case's.
        text = text.replace("[post_write_hooks]", "[commented_post_write_hooks]") + case["ini"]
        open(ini, "w").write(text)
        hook = case.get("py")
        env = ENV_PY % ((hook or "") + "\nHOOKS = %s\n" % ("dict(process_revision_directives=process_revision_directives)" if hook else "{}"))
        open(os.path.join(tmp, "mig", "env.py"), "w").write(env)
        r = subprocess.run([sys.executable, "-m", "alembic", "revision", "--rev-id", "aaaaaaaaaaaa"] + case["args"], cwd=tmp, capture_output=True, text=True)
        files = sorted(f for f in os.listdir(os.path.join(tmp, "mig", "versions")) if f.endswith(".py"))
        return {
            "name": case["name"], "ini": case["ini"], "args": case["args"], "ts": case.get("ts"),
            "status": r.returncode, "stdout": r.stdout.replace(tmp, "%DIR%"), "files": files,
        }
    finally:
        shutil.rmtree(tmp)
        with admin.connect() as c:
            c.exec_driver_sql("DROP DATABASE IF EXISTS %s WITH (FORCE)" % db)
        admin.dispose()


if __name__ == "__main__":
    out = [record(c) for c in CASES]
    with open(os.path.join(HERE, "hooks.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
