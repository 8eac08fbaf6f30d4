#!/usr/bin/python3
"""Record the oracle of the operation corpus from real Alembic, for every dialect.

Run with Debian's interpreter (Alembic 1.8.1 + SQLAlchemy 1.4.46):

    /usr/bin/python3 test/ops/record.py                 # every case, every dialect
    /usr/bin/python3 test/ops/record.py 012 alter       # cases whose name contains any word
    /usr/bin/python3 test/ops/record.py --dialect sqlite,mysql   # only these dialects (see DIALECTS)
    /usr/bin/python3 test/ops/record.py --translate     # also rewrite case.ts from case.py
    /usr/bin/python3 test/ops/record.py --later DIR     # also the newer-Alembic files (see LATER_MARKERS)
    /usr/bin/python3 test/ops/record.py --online        # also list in CASES.md the scripts that run on an empty database
    /usr/bin/python3 test/ops/record.py --fresh         # a new interpreter per run instead of the fork server (slow)
    /usr/bin/python3 test/ops/record.py --hash-seed 7   # another PYTHONHASHSEED: no file may change

For each `cases/<name>/case.py` and each dialect it builds a throw-away
one-revision Alembic project (revision `aaaaaaaaaaaa`, the dialect's
`sqlalchemy.url` from DIALECTS, the generic template's offline env.py, default
version table), runs `alembic upgrade aaaaaaaaaaaa --sql` in a fresh interpreter
(forked from one that has imported Alembic; see SERVER) and writes its whole
stdout to `<dialect>.sql`.  When Alembic raises, the
exception message goes to the dialect's error file instead (`error.txt` for
PostgreSQL, `error.<dialect>.txt` for the others) and `<dialect>.sql` is removed.

`case.ts` is the mechanical translation of `case.py` by contract section 5. It is
written only when missing (or with --translate), so hand-made corrections stay.
CI never runs this script; its outputs are committed.
"""
import ast
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
REV = "aaaaaaaaaaaa"
PYTHON = "/usr/bin/python3"

# dialect -> (sqlalchemy.url, SQL file, error file). Offline mode never connects,
# so no server or DBAPI is needed: the URL only picks SQLAlchemy's dialect class
# (`mysql://` the MySQL dialect; `mariadb://` SQLAlchemy 1.4's MariaDB variant,
# whose is_mariadb is a class attribute, so no server version is needed).
# PostgreSQL keeps the corpus's original file names.
DIALECTS = {
    "postgresql": ("postgresql://scott:tiger@localhost/test", "postgresql.sql", "error.txt"),
    "sqlite": ("sqlite:///test.db", "sqlite.sql", "error.sqlite.txt"),
    "mysql": ("mysql://scott:tiger@localhost/test", "mysql.sql", "error.mysql.txt"),
    "mariadb": ("mariadb://scott:tiger@localhost/test", "mariadb.sql", "error.mariadb.txt"),
}

INI = """[alembic]
script_location = %%(here)s/migrations
sqlalchemy.url = %s
"""

# The offline half of Alembic 1.8.1's generic env.py, without fileConfig
# (the ini has no logging sections, so nothing but SQL reaches stdout).
ENV = '''from alembic import context

config = context.config
target_metadata = None


def run_migrations_offline():
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )

    with context.begin_transaction():
        context.run_migrations()


run_migrations_offline()
'''

# The upgrade body is exec'd from case.py verbatim, so multi-line strings in
# a case are not disturbed by re-indentation.
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

CASE_PY = %r


def upgrade():
    exec(
        compile(CASE_PY, "case.py", "exec"),
        {"op": op, "sa": sa, "postgresql": postgresql, "mysql": mysql, "sqlite": sqlite},
    )


def downgrade():
    pass
'''

# The run itself: the real CLI entry point, with --raiseerr so that CommandError
# propagates too; the message is handed back in error.txt and exit status 3.
# Table.indexes, Table.constraints and Column.constraints are plain sets, so
# Alembic walks them (create_table's indexes, add_column's constraints, batch
# recreate) in an order that changes from run to run with object addresses.
# Like the contract's sorted _list_py_dir patch, pin it: insertion order,
# which is declaration order. The MySQL dialect does the same with the table
# options of CREATE TABLE (post_create_table builds set(opts) from the dict of
# mysql_* keywords, so `ENGINE=... CHARSET=...` come out in string-hash order);
# its module's `set` is pinned to OrderedSet, which keeps that dict's order:
# declaration order, COMMENT last, COLLATE after a charset option.
PRELUDE = '''import os
import sys
from sqlalchemy.dialects.mysql import base as mysql_base
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
mysql_base.set = OrderedSet

from alembic.config import main


def run():
    try:
        main(argv=["-c", "alembic.ini", "--raiseerr", "upgrade", "aaaaaaaaaaaa", "--sql"], prog="alembic")
    except Exception as e:
        sys.stdout.flush()
        with open("error.txt", "w", encoding="utf-8") as f:
            f.write(str(e))
        sys.stderr.write("RECORDED %s\\n" % type(e).__name__)
        return 3
    return 0
'''

# --fresh: one new interpreter per run (slow: most of a run is importing
# SQLAlchemy and Alembic).
RUNNER = PRELUDE + '''
sys.exit(run())
'''

# Default: one interpreter per worker imports everything once, then forks a
# child per run, so each run starts from the state a fresh interpreter has
# after its imports (same PYTHONHASHSEED, nothing run yet). A line on stdin
# names the run's folder; the child writes its stdout/stderr there, and the
# server answers with the exit status on the protocol pipe (the original fd 1).
SERVER = PRELUDE + '''
proto = os.fdopen(os.dup(1), "w")
for line in sys.stdin:
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.chdir(line.rstrip("\\n"))
            for fd, name in ((1, "stdout"), (2, "stderr")):
                out = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
                os.dup2(out, fd)
                os.close(out)
            code = run()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        except BaseException:
            import traceback
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    proto.write("%d\\n" % os.waitstatus_to_exitcode(status))
    proto.flush()
'''


def run_env(later):
    env = dict(os.environ, PYTHONHASHSEED=HASH_SEED, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONPATH", None)
    if later:
        env["PYTHONPATH"] = later
    return env


class Servers:
    # Idle fork servers, one kind per environment (1.8.1, or the --later site dir).
    def __init__(self):
        self.lock = threading.Lock()
        self.idle = {}
        self.all = []

    def run(self, tmp, later):
        with self.lock:
            free = self.idle.setdefault(later, [])
            server = free.pop() if free else None
        if server is None:
            server = subprocess.Popen(
                [PYTHON, "-c", SERVER], env=run_env(later), text=True,
                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            )
            with self.lock:
                self.all.append(server)
        server.stdin.write(tmp + "\n")
        server.stdin.flush()
        code = int(server.stdout.readline())
        with self.lock:
            self.idle[later].append(server)
        with open(os.path.join(tmp, "stdout"), "rb") as f:
            stdout = f.read()
        with open(os.path.join(tmp, "stderr"), "rb") as f:
            stderr = f.read()
        return code, stdout, stderr

    def close(self):
        for server in self.all:
            server.stdin.close()
            server.wait()


SERVERS = Servers()
FRESH = False
# --hash-seed N records under another PYTHONHASHSEED: a check that no recorded
# order depends on string hashing (the files must not change).
HASH_SEED = "0"


# Some messages name a Python object by its address ("Compiler <...SQLiteTypeCompiler
# object at 0x7f06a54186d0> can't render element of type ARRAY"), which changes from run
# to run; the recording keeps the message with a fixed placeholder for the address.
ADDRESS = re.compile(r" object at 0x[0-9a-f]+>")


def record(case_dir, dialect="postgresql", later=None):
    """Record one case for one dialect; with `later` (a site dir holding a newer
    Alembic and SQLAlchemy 2.0) write LATER_SQL/LATER_ERROR instead of the 1.8.1
    PostgreSQL files."""
    name = os.path.basename(case_dir)
    url, sql_name, err_name = DIALECTS[dialect]
    with open(os.path.join(case_dir, "case.py"), encoding="utf-8") as f:
        body = f.read()
    with tempfile.TemporaryDirectory(prefix="retort-ops-") as tmp:
        os.makedirs(os.path.join(tmp, "migrations", "versions"))
        with open(os.path.join(tmp, "alembic.ini"), "w") as f:
            f.write(INI % url)
        with open(os.path.join(tmp, "migrations", "env.py"), "w") as f:
            f.write(ENV)
        with open(os.path.join(tmp, "migrations", "script.py.mako"), "w") as f:
            f.write("")
        path = os.path.join(tmp, "migrations", "versions", REV + "_case.py")
        with open(path, "w", encoding="utf-8") as f:
            f.write(VERSION % body)
        if FRESH:
            proc = subprocess.run([PYTHON, "-c", RUNNER], cwd=tmp, env=run_env(later), capture_output=True)
            code, stdout, stderr = proc.returncode, proc.stdout, proc.stderr
        else:
            code, stdout, stderr = SERVERS.run(tmp, later)
        sql_path = os.path.join(case_dir, LATER_SQL if later else sql_name)
        err_path = os.path.join(case_dir, LATER_ERROR if later else err_name)
        if code == 0:
            with open(sql_path, "wb") as f:
                f.write(stdout)
            if os.path.exists(err_path):
                os.remove(err_path)
            return name, dialect, "sql", ""
        if code == 3:
            with open(os.path.join(tmp, "error.txt"), encoding="utf-8") as f:
                message = ADDRESS.sub(" object at 0x...>", f.read())
            with open(err_path, "w", encoding="utf-8") as f:
                f.write(message + "\n")
            if os.path.exists(sql_path):
                os.remove(sql_path)
            return name, dialect, "error", stderr.decode().strip().splitlines()[-1]
        return name, dialect, "CRASH", stderr.decode()


# Cases for features newer than 1.8.1 (issue 5: Alembic >= 1.12's
# if_not_exists / if_exists) also get the SQL of a newer Alembic, recorded
# with --later SITE_DIR (a folder holding alembic 1.20.0 + SQLAlchemy 2.0,
# e.g. from `pip install --no-deps --target SITE_DIR alembic==1.20.0
# sqlalchemy==2.0.54 typing_extensions`). Without --later these files are
# left as they are.
LATER_MARKERS = ("if-exists", "if-not-exists")
LATER_SQL = "postgresql.alembic-1.20.sql"
LATER_ERROR = "error.alembic-1.20.txt"


# ---------------------------------------------------------------------------
# --online: which recorded scripts run as they are on an empty database of
# their dialect (most cases alter tables they do not create, so they cannot):
# PostgreSQL and MariaDB servers (a fresh database per case), SQLite (a fresh
# file). There is no MySQL server here, so mysql.sql is not run. Each list
# goes into CASES.md between its markers, so a test suite can pick its online
# sample from it.
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
MARIADB_ADMIN = ["mariadb", "-h", "127.0.0.1", "-P", "3306", "-u", "root"]


def scratch_db(name):
    return "retort_ops_rec_%d_%s" % (os.getpid(), name.split("-")[0])


def run_online_postgresql(sql, name):
    db = scratch_db(name)
    admin = ["psql", "-q", "-X", PG_ADMIN, "-c"]
    subprocess.run(admin + ['DROP DATABASE IF EXISTS "%s"' % db], capture_output=True)
    subprocess.run(admin + ['CREATE DATABASE "%s"' % db], capture_output=True, check=True)
    try:
        url = PG_ADMIN.rsplit("/", 1)[0] + "/" + db
        proc = subprocess.run(
            ["psql", "-q", "-X", "-v", "ON_ERROR_STOP=1", url, "-f", sql],
            capture_output=True,
        )
        return proc.returncode == 0
    finally:
        subprocess.run(admin + ['DROP DATABASE IF EXISTS "%s"' % db], capture_output=True)


def run_online_sqlite(sql, name):
    with tempfile.TemporaryDirectory(prefix="retort-ops-") as tmp:
        with open(sql, "rb") as script:
            proc = subprocess.run(
                ["sqlite3", "-bail", os.path.join(tmp, "test.db")], stdin=script, capture_output=True
            )
        return proc.returncode == 0 and not proc.stderr


def run_online_mariadb(sql, name):
    db = scratch_db(name)
    admin = MARIADB_ADMIN + ["-e"]
    subprocess.run(admin + ["DROP DATABASE IF EXISTS `%s`" % db], capture_output=True)
    subprocess.run(admin + ["CREATE DATABASE `%s`" % db], capture_output=True, check=True)
    try:
        with open(sql, "rb") as script:
            proc = subprocess.run(MARIADB_ADMIN + [db], stdin=script, capture_output=True)
        return proc.returncode == 0
    finally:
        subprocess.run(admin + ["DROP DATABASE IF EXISTS `%s`" % db], capture_output=True)


# dialect -> (runner, the database named in CASES.md, list markers)
ONLINE = {
    "postgresql": (run_online_postgresql, "PostgreSQL", ("<!-- online:begin -->", "<!-- online:end -->")),
    "sqlite": (run_online_sqlite, "SQLite", ("<!-- online-sqlite:begin -->", "<!-- online-sqlite:end -->")),
    "mariadb": (run_online_mariadb, "MariaDB", ("<!-- online-mariadb:begin -->", "<!-- online-mariadb:end -->")),
}


def check_online(dirs, pool, dialect):
    run, label, (begin, end) = ONLINE[dialect]
    sql_name = DIALECTS[dialect][1]
    runnable = [d for d in dirs if os.path.exists(os.path.join(d, sql_name))]
    passed = pool.map(lambda d: run(os.path.join(d, sql_name), os.path.basename(d)), runnable)
    ok = sorted(os.path.basename(d) for d, good in zip(runnable, passed) if good)
    md = os.path.join(HERE, "CASES.md")
    with open(md, encoding="utf-8") as f:
        text = f.read()
    head, _, rest = text.partition(begin)
    _, _, tail = rest.partition(end)
    body = "\n".join("- `%s`" % n for n in ok)
    with open(md, "w", encoding="utf-8") as f:
        f.write(head + begin + "\n" + body + "\n" + end + tail)
    print("%d of %d recorded scripts run on an empty %s database" % (len(ok), len(runnable), label))


# ---------------------------------------------------------------------------
# Python -> TypeScript, by the mechanical rule of contract section 5.

NOT_AWAITED = {"f", "inline_literal", "get_bind", "get_context"}
# Enum/Sequence/Table .create(bind) run DDL; bind.execute(...) runs a statement.
EXECUTING_METHODS = {"create", "drop", "execute"}
# The names in scope in case.py; the TypeScript namespaces of contract section 5 have the same names.
ROOTS = {"op", "sa", "postgresql", "mysql", "sqlite"}
# Methods whose keyword arguments name data (bound parameters, columns), not
# options: their keys stay verbatim, like a dict's.
DATA_KEYWORD_METHODS = {"bindparams", "values"}
IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
WIDTH = 100


def camel(name):
    trailing = "_" if name.endswith("_") and not name.endswith("__") else ""
    core = name[:-1] if trailing else name
    parts = core.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:]) + trailing


class Translator:
    def __init__(self):
        self.op_names = {"op"}

    def key(self, k):
        return k if IDENT.match(k) else json.dumps(k, ensure_ascii=False)

    # Each render returns a list of "atoms": either a flat string or a
    # (open, items, close) group that may be broken across lines.
    def expr(self, node):
        if isinstance(node, ast.Constant):
            v = node.value
            if v is None:
                return "null"
            if v is True:
                return "true"
            if v is False:
                return "false"
            if isinstance(v, str):
                return json.dumps(v, ensure_ascii=False)
            if isinstance(v, int) and abs(v) > 2**53 - 1:
                # beyond Number.MAX_SAFE_INTEGER: a bigint keeps the value
                return repr(v) + "n"
            if isinstance(v, (int, float)):
                return repr(v)
            raise ValueError("constant %r" % (v,))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            return ("-", self.expr(node.operand))
        if isinstance(node, ast.Name):
            return node.id if node.id in ROOTS else camel(node.id)
        if isinstance(node, ast.Attribute):
            base = self.expr(node.value)
            attr = node.attr
            if isinstance(node.value, ast.Name) and node.value.id in self.op_names:
                attr = camel(attr)
            return ("attr", base, attr)
        if isinstance(node, (ast.List, ast.Tuple)):
            return ("group", "[", [self.expr(e) for e in node.elts], "]")
        if isinstance(node, ast.Dict):
            return self.dict(node, False)
        if isinstance(node, ast.Call):
            args = [self.expr(a) for a in node.args]
            data_keys = isinstance(node.func, ast.Attribute) and node.func.attr in DATA_KEYWORD_METHODS
            if node.keywords:
                args.append(self.options(node.keywords, data_keys))
            return ("call", self.expr(node.func), args)
        raise ValueError("cannot translate %s" % ast.dump(node))

    def options(self, keywords, data_keys=False):
        """Keyword arguments -> one trailing options object."""
        items = []
        for kw in keywords:
            if kw.arg is None:
                raise ValueError("**kwargs not translatable")
            value = kw.value
            if kw.arg.endswith("_kwargs") and isinstance(value, ast.Dict):
                v = self.dict(value, True)
            else:
                v = self.expr(value)
            items.append(("kv", kw.arg if data_keys else camel(kw.arg), v))
        return ("group", "{", items, "}")

    def dict(self, node, camel_keys):
        items = []
        for k, v in zip(node.keys, node.values):
            if not (isinstance(k, ast.Constant) and isinstance(k.value, str)):
                raise ValueError("non-string dict key")
            key = camel(k.value) if camel_keys else k.value
            items.append(("kv", self.key(key), self.expr(v)))
        return ("group", "{", items, "}")

    # -- layout
    def flat(self, a):
        if isinstance(a, str):
            return a
        tag = a[0]
        if tag == "-":
            return "-" + self.flat(a[1])
        if tag == "attr":
            return self.flat(a[1]) + "." + a[2]
        if tag == "kv":
            return a[1] + ": " + self.flat(a[2])
        if tag == "call":
            return self.flat(a[1]) + "(" + ", ".join(self.flat(x) for x in a[2]) + ")"
        if tag == "group":
            inner = ", ".join(self.flat(x) for x in a[2])
            if a[1] == "{":
                return "{ " + inner + " }" if inner else "{}"
            return "[" + inner + "]"
        raise ValueError(tag)

    def fmt(self, a, indent, used):
        """Render `a` starting at column `used` with base indentation `indent`."""
        flat = self.flat(a)
        if isinstance(a, str) or used + len(flat) <= WIDTH:
            return flat
        tag = a[0]
        if tag == "-":
            return "-" + self.fmt(a[1], indent, used + 1)
        if tag == "kv":
            return a[1] + ": " + self.fmt(a[2], indent, used + len(a[1]) + 2)
        if tag == "attr":
            base = self.fmt(a[1], indent, used)
            return base + "." + a[2]
        if tag == "call":
            head = self.fmt(a[1], indent, used)
            items, open_, close = a[2], "(", ")"
        else:
            head, items, open_, close = "", a[2], a[1], a[3]
        if not items:
            return head + open_ + close
        # A lone trailing object/array/call hugs the parenthesis.
        if tag == "call" and len(items) == 1 and not isinstance(items[0], str):
            last_line = head.split("\n")[-1]
            return head + "(" + self.fmt(items[0], indent, len(last_line) + 1) + ")"
        pad = indent + "  "
        lines = [pad + self.fmt(x, pad, len(pad)) + "," for x in items]
        return head + open_ + "\n" + "\n".join(lines) + "\n" + indent + close

    # -- statements
    def awaited(self, call):
        """Whether a statement-level call performs work (contract: op.* awaited)."""
        func = call.func
        if not isinstance(func, ast.Attribute):
            return False
        if isinstance(func.value, ast.Name) and func.value.id in self.op_names:
            return func.attr not in NOT_AWAITED
        return func.attr in EXECUTING_METHODS

    def stmts(self, body, indent):
        out = []
        for st in body:
            if isinstance(st, ast.Expr) and isinstance(st.value, ast.Call):
                prefix = "await " if self.awaited(st.value) else ""
                out.append(indent + prefix + self.fmt(self.expr(st.value), indent, len(indent) + len(prefix)) + ";")
            elif isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
                v = st.value
                prefix = "const " + camel(st.targets[0].id) + " = "
                if isinstance(v, ast.Call) and self.awaited(v):
                    prefix += "await "
                out.append(indent + prefix + self.fmt(self.expr(v), indent, len(indent) + len(prefix)) + ";")
            elif isinstance(st, ast.With):
                out.extend(self.batch(st, indent))
            else:
                raise ValueError("cannot translate statement %s" % ast.dump(st))
        return out

    def batch(self, st, indent):
        (item,) = st.items
        call = item.context_expr
        if isinstance(call.func, ast.Attribute) and call.func.attr == "autocommit_block":
            # with op.get_context().autocommit_block(): BODY
            #   -> await op.getContext().autocommitBlock(async () => { BODY });
            ctx = self.flat(self.expr(call.func.value))
            body = self.stmts(st.body, indent + "  ")
            return [indent + "await " + ctx + ".autocommitBlock(async () => {"] + body + [indent + "});"]
        assert isinstance(call.func, ast.Attribute) and call.func.attr == "batch_alter_table"
        var = item.optional_vars.id
        self.op_names.add(var)
        body = self.stmts(st.body, indent + "  ")
        self.op_names.discard(var)
        args = [self.flat(self.expr(a)) for a in call.args]
        head = indent + "await op.batchAlterTable(" + ", ".join(args) + ", async (" + camel(var) + ") => {"
        tail = indent + "}"
        if call.keywords:
            tail += ", " + self.fmt(self.options(call.keywords), indent, len(tail) + 2)
        return [head] + body + [tail + ");"]


def translate(source):
    tree = ast.parse(source)
    return "\n".join(Translator().stmts(tree.body, "")) + "\n"


def option(argv, flag):
    """Remove `flag VALUE` (or `flag=VALUE`) from argv; return (argv, VALUE or None)."""
    for i, a in enumerate(argv):
        if a == flag:
            return argv[:i] + argv[i + 2:], argv[i + 1]
        if a.startswith(flag + "="):
            return argv[:i] + argv[i + 1:], a[len(flag) + 1:]
    return argv, None


def main(argv):
    global FRESH, HASH_SEED
    retranslate = "--translate" in argv
    FRESH = "--fresh" in argv
    argv, seed = option(argv, "--hash-seed")
    HASH_SEED = seed or HASH_SEED
    argv, later = option(argv, "--later")
    later = later and os.path.abspath(later)
    argv, chosen = option(argv, "--dialect")
    dialects = chosen.split(",") if chosen else list(DIALECTS)
    unknown = [d for d in dialects if d not in DIALECTS]
    if unknown:
        print("unknown dialect %s (known: %s)" % (", ".join(unknown), ", ".join(DIALECTS)))
        return 2
    words = [a for a in argv if not a.startswith("--")]
    # --own: the cases the library's maintainers add beside the corpus (own-cases/).
    root = os.path.join(HERE, "own-cases") if "--own" in argv else CASES
    dirs = sorted(
        os.path.join(root, d)
        for d in os.listdir(root)
        if os.path.isfile(os.path.join(root, d, "case.py"))
        and (not words or any(w in d for w in words))
    )
    for d in dirs:
        ts = os.path.join(d, "case.ts")
        if retranslate or not os.path.exists(ts):
            with open(os.path.join(d, "case.py"), encoding="utf-8") as f:
                src = f.read()
            with open(ts, "w", encoding="utf-8") as f:
                f.write(translate(src))
    jobs = [(d, dialect) for d in dirs for dialect in dialects]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = list(pool.map(lambda job: record(*job), jobs))
        if later and "postgresql" in dialects:
            later_dirs = [d for d in dirs if any(m in os.path.basename(d) for m in LATER_MARKERS)]
            for r in pool.map(lambda d: record(d, "postgresql", later), later_dirs):
                results.append((r[0] + " [" + LATER_SQL + "]",) + r[1:])
        if "--online" in argv and not words and root == CASES:
            for dialect in dialects:
                if dialect in ONLINE:
                    check_online(dirs, pool, dialect)
    SERVERS.close()
    crashed = False
    for name, dialect, kind, detail in results:
        if kind == "error":
            print("%s: %s (%s)" % (name, DIALECTS[dialect][2], detail))
        elif kind == "CRASH":
            crashed = True
            print("%s [%s]: CRASH\n%s" % (name, dialect, detail))
    print("%d cases recorded for %s" % (len(dirs), ", ".join(dialects)))
    for dialect in dialects:
        kinds = [r[2] for r in results if r[1] == dialect and "[" not in r[0]]
        print("  %s: %d sql, %d error" % (dialect, kinds.count("sql"), kinds.count("error")))
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
