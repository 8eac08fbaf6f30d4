#!/usr/bin/python3
"""Record the revision-graph differential corpus from real Alembic 1.8.1.

Run from anywhere with Debian's Python (which has Alembic 1.8.1, SQLAlchemy
1.4.46 and psycopg2), with PostgreSQL on 127.0.0.1:5432 (user postgres):

    /usr/bin/python3 test/graph/record.py            # regenerate every case
    /usr/bin/python3 test/graph/record.py --only 042-merge3 --print

Everything is seeded: the same recorder writes the same fixtures. See
FORMAT.md beside this file for what a case holds.

The recorder runs every case twice, in two worker processes with different
PYTHONHASHSEED values, because some of Alembic's output follows the iteration
order of Python sets (which changes with the hash seed). A step whose outputs
differ between the two runs is marked "hashOrderDependent"; the kept output is
the one from PYTHONHASHSEED=0.
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CASES_DIR = os.path.join(HERE, "cases")
MASTER_SEED = 20211120
CREATE_DATE = "2021-11-20 19:17:01.434529"
PG = dict(host="127.0.0.1", port=5432, user="postgres")
HASH_SEEDS = ("0", "1")

# (build_cases, the seeded generator of graphs and steps, is defined below.)


# ---------------------------------------------------------------------------
# Writing a project


INI_TEMPLATE = """\
[alembic]
script_location = %(here)s/migrations
version_locations = {locations}
version_path_separator = space
sqlalchemy.url = {url}

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
"""

# Alembic's generic template env.py, with target_metadata = None.
ENV_PY = '''\
from logging.config import fileConfig

from sqlalchemy import engine_from_config
from sqlalchemy import pool

from alembic import context

config = context.config

if config.config_file_name is not None:
    fileConfig(config.config_file_name)

target_metadata = None


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url")
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )

    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = engine_from_config(
        config.get_section(config.config_ini_section),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )

    with connectable.connect() as connection:
        context.configure(
            connection=connection, target_metadata=target_metadata
        )

        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
'''

SCRIPT_MAKO = '''\
"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

"""
from alembic import op
import sqlalchemy as sa


revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
'''


def py_literal(value):
    """The Python literal the fixture value stands for: arrays are tuples."""
    if value is None:
        return "None"
    if isinstance(value, str):
        return repr(value)
    return repr(tuple(value))


def revision_source(rev):
    body_up = "op.execute(%r)" % rev["upgradeSql"] if rev["upgradeSql"] else "pass"
    body_down = "op.execute(%r)" % rev["downgradeSql"] if rev["downgradeSql"] else "pass"
    return (
        '"""%s"""\n'
        "from alembic import op\n"
        "import sqlalchemy as sa\n"
        "\n\n"
        "# revision identifiers, used by Alembic.\n"
        "revision = %s\n"
        "down_revision = %s\n"
        "branch_labels = %s\n"
        "depends_on = %s\n"
        "\n\n"
        "def upgrade() -> None:\n"
        "    %s\n"
        "\n\n"
        "def downgrade() -> None:\n"
        "    %s\n"
    ) % (
        rev["docstring"],
        repr(rev["revision"]),
        py_literal(rev["downRevision"]),
        py_literal(rev["branchLabels"]),
        py_literal(rev["dependsOn"]),
        body_up,
        body_down,
    )


def write_project(root, case, url):
    mig = os.path.join(root, "migrations")
    os.makedirs(mig)
    for loc in case["versionLocations"]:
        os.makedirs(os.path.join(mig, loc))
    locations = " ".join("%%(here)s/migrations/%s" % loc for loc in case["versionLocations"])
    with open(os.path.join(root, "alembic.ini"), "w") as f:
        f.write(INI_TEMPLATE.format(locations=locations, url=url))
    with open(os.path.join(mig, "env.py"), "w") as f:
        f.write(ENV_PY)
    with open(os.path.join(mig, "script.py.mako"), "w") as f:
        f.write(SCRIPT_MAKO)
    for rev in case["revisions"]:
        loc = case["versionLocations"][rev["location"]]
        path = os.path.join(mig, loc, rev["fileName"] + ".py")
        with open(path, "w") as f:
            f.write(revision_source(rev))


# ---------------------------------------------------------------------------
# Running Alembic in-process (so that the patches below apply)


def patch_alembic():
    import alembic.util
    import alembic.util.messaging as messaging
    from alembic.script.base import Script

    # Contract section 7: revision files are read in sorted file-name order.
    original = Script._list_py_dir.__func__

    def sorted_list_py_dir(cls, scriptdir, path):
        return sorted(original(cls, scriptdir, path))

    Script._list_py_dir = classmethod(sorted_list_py_dir)

    # Branch labels and "Branches into" are Python sets, printed in hash
    # order; Retort prints them sorted, so record them sorted.
    original_comma = messaging.format_as_comma

    def format_as_comma(value):
        if isinstance(value, (set, frozenset)):
            value = sorted(value)
        return original_comma(value)

    messaging.format_as_comma = format_as_comma
    alembic.util.format_as_comma = format_as_comma

    # A revision's children are frozensets, iterated in hash order: by
    # `branches` (its "->" lines) and by every walk down the graph. Iterate
    # them sorted by revision id instead, the order Retort uses.
    from alembic.script.revision import Revision

    class SortedFrozenSet(frozenset):
        def __iter__(self):
            return iter(sorted(frozenset.__iter__(self)))

    original_add_nextrev = Revision.add_nextrev

    def add_nextrev(self, revision):
        original_add_nextrev(self, revision)
        self.nextrev = SortedFrozenSet(self.nextrev)
        self._all_nextrev = SortedFrozenSet(self._all_nextrev)

    Revision.add_nextrev = add_nextrev

    # `current` prints a set of Script objects (hashed by address): print
    # them sorted by revision id.
    from alembic.script.base import ScriptDirectory

    original_get_all_current = ScriptDirectory.get_all_current

    def get_all_current(self, id_):
        found = original_get_all_current(self, id_)
        return sorted(found, key=lambda sc: sc.revision if sc is not None else "")

    ScriptDirectory.get_all_current = get_all_current

    # At a merge (upgrade) or unmerge (downgrade) Alembic picks which
    # version rows to delete, update and insert by listing a set of revision
    # ids, so the SQL (not the end state) follows the hash seed. Make the
    # set-derived lists sorted; the ordered-tuple paths are left alone.
    from alembic.runtime.migration import RevisionStep

    def merge_branch_idents(self, heads):
        other_heads = set(heads).difference(self.from_revisions)
        if other_heads:
            ancestors = set(
                r.revision
                for r in self.revision_map._get_ancestor_nodes(
                    self.revision_map.get_revisions(other_heads), check=False
                )
            )
            from_revisions = sorted(set(self.from_revisions).difference(ancestors))
        else:
            from_revisions = list(self.from_revisions)
        return (list(from_revisions[0:-1]), from_revisions[-1], self.to_revisions[0])

    def _unmerge_to_revisions(self, heads):
        other_heads = set(heads).difference([self.revision.revision])
        if other_heads:
            ancestors = set(
                r.revision
                for r in self.revision_map._get_ancestor_nodes(
                    self.revision_map.get_revisions(other_heads), check=False
                )
            )
            return tuple(sorted(set(self.to_revisions).difference(ancestors)))
        return self.to_revisions

    RevisionStep.merge_branch_idents = merge_branch_idents
    RevisionStep._unmerge_to_revisions = _unmerge_to_revisions

    # Two more sets inside the revision map: the revisions that declare
    # branch labels (a set of objects, so the "Branch name 'x' in revision A
    # already used by revision B" error names them in address order), and a
    # revision's dependencies once those already reached through an ancestor
    # are dropped (tuple(set)). Use read order for the first and declared
    # order for the second.
    from alembic.script.revision import RevisionMap

    original_map_branch_labels = RevisionMap._map_branch_labels

    def map_branch_labels(self, revisions, map_):
        order = {}
        for rev in map_.values():
            order.setdefault(id(rev), len(order))
        ordered = sorted(revisions, key=lambda r: order.get(id(r), len(order)))
        return original_map_branch_labels(self, ordered, map_)

    RevisionMap._map_branch_labels = map_branch_labels

    original_normalize_depends_on = RevisionMap._normalize_depends_on

    def normalize_depends_on(self, revisions, map_):
        original_normalize_depends_on(self, revisions, map_)
        for rev in revisions:
            kept = set(rev._normalized_resolved_dependencies)
            rev._normalized_resolved_dependencies = tuple(
                dict.fromkeys(d for d in rev._resolved_dependencies if d in kept))

    RevisionMap._normalize_depends_on = normalize_depends_on

    # FAILED lines are wrapped to the terminal width when there is one.
    messaging.TERMWIDTH = None
    sys.dont_write_bytecode = True


def reset_logging():
    """Each step must see logging as a fresh `alembic` process would."""
    import logging

    root = logging.getLogger()
    for h in list(root.handlers):
        root.removeHandler(h)
    root.setLevel(logging.WARNING)
    for lg in list(logging.Logger.manager.loggerDict.values()):
        if isinstance(lg, logging.Logger):
            for h in list(lg.handlers):
                lg.removeHandler(h)
            lg.setLevel(logging.NOTSET)
            lg.propagate = True
            lg.disabled = False


def run_alembic(ini, argv):
    """Run `alembic -c ini ARGV` in this process, capturing fds 1 and 2."""
    import warnings
    import alembic.config

    sys.stdout.flush()
    sys.stderr.flush()
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    saved_out, saved_err = os.dup(1), os.dup(2)
    os.dup2(out.fileno(), 1)
    os.dup2(err.fileno(), 2)
    reset_logging()
    crashed = None
    code = 0
    caught = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                alembic.config.main(argv=["-c", ini] + argv, prog="alembic")
            except SystemExit as e:
                c = e.code
                code = 0 if c is None else (c & 0xFF if isinstance(c, int) else 1)
            except BaseException as e:  # noqa: B902 - an Alembic crash
                crashed = type(e).__name__
                code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved_out, 1)
        os.dup2(saved_err, 2)
        os.close(saved_out)
        os.close(saved_err)
    out.seek(0)
    err.seek(0)
    stdout = out.read().decode("utf-8")
    stderr = err.read().decode("utf-8")
    out.close()
    err.close()
    messages = [str(w.message) for w in caught]
    return code, stdout, stderr, messages, crashed


# ---------------------------------------------------------------------------
# The database


def pg_admin(sql):
    import psycopg2

    conn = psycopg2.connect(dbname="postgres", **PG)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(sql)
    finally:
        conn.close()


def version_table(dbname):
    import psycopg2

    conn = psycopg2.connect(dbname=dbname, **PG)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass('public.alembic_version') IS NOT NULL")
            if not cur.fetchone()[0]:
                return []
            cur.execute("SELECT version_num FROM alembic_version")
            return sorted(r[0] for r in cur.fetchall())
    finally:
        conn.close()


# ---------------------------------------------------------------------------
# Recording one case


RUN_LOG_PREFIX = "INFO  [alembic.runtime.migration] "
RUN_LOG_RE = re.compile(r"^INFO  \[alembic\.runtime\.migration\] (Running .*)$", re.M)


OVERLAPS_RE = re.compile(r"(overlaps with other requested revisions )(\w+(?:, \w+)*)")


def normalise(text, root, dbname):
    text = text.replace(root, "<PROJECT>")
    # This error lists a set of Revision objects (address order): sort it.
    text = OVERLAPS_RE.sub(lambda m: m.group(1) + ", ".join(sorted(m.group(2).split(", "))), text)
    text = re.sub(r"(<PROJECT>/[^\s'\"]*?)\.py\b", r"\1<EXT>", text)
    if dbname:
        text = text.replace(dbname, "<DATABASE>")
    return text


def record_case(case):
    needs_db = any(s["mode"] == "online" for s in case["steps"])
    dbname = "retort_graph_%d_%s" % (os.getpid(), re.sub(r"\W", "_", case["name"]))
    url = "postgresql://postgres@127.0.0.1:5432/%s" % dbname
    root = os.path.realpath(tempfile.mkdtemp(prefix="retort-graph-"))
    ini = os.path.join(root, "alembic.ini")
    if needs_db:
        pg_admin('DROP DATABASE IF EXISTS "%s"' % dbname)
        pg_admin('CREATE DATABASE "%s"' % dbname)
    try:
        write_project(root, case, url)
        steps = []
        for step in case["steps"]:
            code, stdout, stderr, warned, crashed = run_alembic(ini, step["argv"])
            stdout = normalise(stdout, root, dbname)
            stderr = normalise(stderr, root, dbname)
            result = {
                "argv": step["argv"],
                "mode": step["mode"],
                "exitCode": code,
                "stdout": stdout,
                "stderr": stderr,
                # online only: offline, the same lines are in stderr and as SQL comments
                "runLog": RUN_LOG_RE.findall(stderr) if step["mode"] == "online" else None,
                "warnings": [normalise(w, root, dbname) for w in warned],
                "versionTable": version_table(dbname) if step["mode"] == "online" else None,
            }
            if crashed:
                result["alembicCrashed"] = True
                result["exception"] = crashed
            steps.append(result)
    finally:
        shutil.rmtree(root, ignore_errors=True)
        if needs_db:
            pg_admin('DROP DATABASE IF EXISTS "%s" WITH (FORCE)' % dbname)
    out = {k: v for k, v in case.items() if k != "steps"}
    out["steps"] = steps
    return out


# ---------------------------------------------------------------------------
# The seeded generator: graphs (revisions) and the steps to run on them.
# Everything below is a pure function of the seed (no set iteration, no time).

WORDS = (
    "account user order invoice payment address profile session token audit "
    "report widget gadget ledger entry item cart product price stock region "
    "tag comment post thread vote badge team member role permission grant "
    "schedule event ticket queue worker job batch export import archive index"
).split()
VERBS = "add create drop alter rename index backfill split merge seed tune".split()
LABEL_WORDS = (
    "core networking billing search reports auth shop ledger analytics "
    "inventory mail media geo chat admin legacy sales hr ops infra"
).split()
HEX = "0123456789abcdef"


class Graph:
    def __init__(self, rng, locations=("versions",), collide=0.0):
        self.rng = rng
        self.locations = list(locations)
        self.collide = collide
        self.revs = []
        self.by_id = {}
        self.ids = []
        self.labels = {}  # label -> declaring revision
        self.children = {}  # id -> versioned children, in creation order

    # identifiers -----------------------------------------------------------
    def new_id(self):
        rng = self.rng
        while True:
            if self.ids and rng.random() < self.collide:
                other = rng.choice(self.ids)
                k = rng.choice((4, 4, 5, 6))
                rid = other[:k] + "".join(rng.choice(HEX) for _ in range(12 - k))
            else:
                rid = "".join(rng.choice(HEX) for _ in range(12))
            if rid not in self.by_id:
                return rid

    def new_label(self):
        rng = self.rng
        for _ in range(100):
            word = rng.choice(LABEL_WORDS)
            if rng.random() < 0.3:
                word += "_" + rng.choice(("v2", "ext", "x", "data"))
            if word not in self.labels:
                self.labels[word] = None  # reserved; add() records its revision
                return word
        return "label%d" % len(self.labels)

    def message(self):
        rng = self.rng
        words = [rng.choice(VERBS)] + [rng.choice(WORDS) for _ in range(rng.randint(1, 4))]
        first = " ".join(words)
        r = rng.random()
        if r < 0.1:
            return first + "\n\nThis second paragraph explains the " + rng.choice(WORDS) + " change."
        if r < 0.15:
            return first.capitalize() + "."
        return first

    # revisions -------------------------------------------------------------
    def add(self, parents=(), labels=None, depends=None, location=0, rid=None,
            tuple_single=False, message=None):
        rng = self.rng
        rid = rid or self.new_id()
        parents = list(parents)
        if not parents:
            down = None
        elif len(parents) == 1 and not tuple_single:
            down = parents[0]
        else:
            down = parents
        if isinstance(labels, list) and len(labels) == 1 and rng.random() < 0.5:
            labels = labels[0]
        for label in ([labels] if isinstance(labels, str) else labels or []):
            if self.labels.get(label) is None:
                self.labels[label] = rid
        if isinstance(depends, list) and len(depends) == 1 and rng.random() < 0.5:
            depends = depends[0]
        message = message or self.message()
        first = message.split("\n")[0]
        slug = "_".join(re.findall(r"\w+", first.lower()))[:40].rstrip("_")
        docstring = "%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n\n" % (
            message, rid, ", ".join(parents), CREATE_DATE)
        rev = {
            "revision": rid,
            "downRevision": down,
            "branchLabels": labels,
            "dependsOn": depends,
            "location": location,
            "message": message,
            "fileName": "%s_%s" % (rid, slug),
            "docstring": docstring,
            "upgradeSql": "SELECT 'upgrade %s'" % rid if rng.random() < 0.75 else None,
            "downgradeSql": "SELECT 'downgrade %s'" % rid if rng.random() < 0.6 else None,
        }
        self.revs.append(rev)
        if rid not in self.by_id:
            self.ids.append(rid)
        self.by_id[rid] = rev
        self.children.setdefault(rid, [])
        for p in parents:
            self.children.setdefault(p, []).append(rid)
        return rid

    def chain(self, parent, n, location=0, first_labels=None):
        last = parent
        for i in range(n):
            last = self.add([last] if last else [], labels=first_labels if i == 0 else None,
                            location=location)
        return last

    def heads(self):
        return [r for r in self.ids if not self.children.get(r)]

    def bases(self):
        return [r for r in self.ids if self.by_id[r]["downRevision"] is None]

    def ancestors(self, rid):
        out, todo = [], [rid]
        while todo:
            cur = todo.pop()
            if cur in out or cur not in self.by_id:
                continue
            out.append(cur)
            down = self.by_id[cur]["downRevision"]
            todo.extend([down] if isinstance(down, str) else down or [])
        return out


# shapes ----------------------------------------------------------------------

def shape_linear(g):
    g.chain(None, g.rng.randint(1, 10))
    return ["linear"]


def shape_long(g):
    g.chain(None, g.rng.randint(26, 45))
    return ["linear", "long-chain"]


def fan(g, parent, k, lo=1, hi=4, labelled=0.0, location=0):
    ends = []
    for _ in range(k):
        labels = [g.new_label()] if g.rng.random() < labelled else None
        ends.append(g.chain(parent, g.rng.randint(lo, hi), location, labels))
    return ends


def shape_branches(g):
    rng = g.rng
    bp = g.chain(None, rng.randint(1, 4))
    ends = fan(g, bp, rng.randint(2, 4), labelled=0.3)
    tags = ["branchpoint", "multi-head"]
    if rng.random() < 0.5:
        fan(g, rng.choice(ends), 2, 1, 3)
        tags.append("nested-branchpoint")
    return tags


def shape_diamond(g):
    rng = g.rng
    last = g.chain(None, rng.randint(1, 3))
    for _ in range(rng.randint(1, 3)):
        sides = fan(g, last, rng.choice((2, 2, 3)), 1, 2)
        last = g.add(sides, message="merge " + " and ".join(s[:4] for s in sides))
        last = g.chain(last, rng.randint(0, 2)) or last
    return ["diamond", "branchpoint", "merge"]


def shape_merge(g):
    rng = g.rng
    bp = g.chain(None, rng.randint(1, 3))
    ends = fan(g, bp, rng.randint(2, 4), labelled=0.2)
    k = min(len(ends), rng.choice((2, 3)))
    m = g.add(ends[:k], message="merge heads")
    g.chain(m, rng.randint(0, 3))
    return ["branchpoint", "merge", "merge%d" % k] + (["multi-head"] if len(ends) > k else [])


def shape_merge_of_merges(g):
    rng = g.rng
    bp = g.chain(None, rng.randint(1, 2))
    ends = fan(g, bp, 4, 1, 3)
    if rng.random() < 0.5:
        m1 = g.add(ends[:2], message="merge one")
        m2 = g.add(ends[2:], message="merge two")
        m3 = g.add([m1, m2], message="merge of merges")
    else:
        m1 = g.add(ends[:2], message="merge one")
        m2 = g.add([m1, ends[2]], message="merge two")
        m3 = g.add([m2, ends[3]], tuple_single=False, message="merge three")
    g.chain(m3, rng.randint(0, 2))
    return ["branchpoint", "merge", "merge-of-merges"]


def shape_labels(g):
    rng = g.rng
    base_labels = [g.new_label()] if rng.random() < 0.4 else None
    bp = g.chain(None, rng.randint(1, 3), first_labels=base_labels)
    ends = []
    for _ in range(rng.randint(1, 3)):
        n = rng.choice((1, 1, 2, 3))
        labels = [g.new_label() for _ in range(n)]
        ends.append(g.chain(bp, rng.randint(1, 4), first_labels=labels))
    if rng.random() < 0.5:  # a label declared mid-branch (inherited by what follows)
        mid = g.add([ends[0]], labels=[g.new_label()])
        g.chain(mid, rng.randint(1, 3))
    tags = ["branch-labels", "labels-inherited"]
    if any(isinstance(r["branchLabels"], list) and len(r["branchLabels"]) > 1 for r in g.revs):
        tags.append("several-labels")
    return tags


def shape_depends_rev(g):
    rng = g.rng
    bp = g.chain(None, rng.randint(1, 2))
    a = g.chain(bp, rng.randint(2, 4), first_labels=[g.new_label()] if rng.random() < 0.5 else None)
    b_first = g.add([bp])
    targets = [x for x in g.ancestors(a) if x not in g.ancestors(b_first)]
    deps = rng.sample(targets, min(len(targets), rng.choice((1, 1, 2))))
    b = g.add([b_first], depends=deps)
    g.chain(b, rng.randint(0, 2))
    tags = ["depends-on", "depends-on-revision", "branchpoint", "multi-head"]
    if rng.random() < 0.4:
        g.add([g.heads()[0], g.heads()[-1]], message="merge dependent branches")
        tags.append("merge")
    return tags


def shape_multibase(g, depends_label=False):
    rng = g.rng
    n = len(g.locations)
    label_revs = []
    for loc in range(n):
        label = g.new_label()
        first = g.add([], labels=[label], location=loc)
        label_revs.append((label, first))
        last = g.chain(first, rng.randint(0, 4), location=loc)
        if rng.random() < 0.3:
            fan(g, last, 2, 1, 2, location=loc)
    tags = ["multi-base", "version-locations", "branch-labels"]
    if depends_label or rng.random() < 0.4:
        (label, _), (_, other_first) = rng.sample(label_revs, 2)
        dep_target = label if depends_label or rng.random() < 0.5 else rng.choice(g.ids)
        loc = g.by_id[other_first]["location"]
        tip = [h for h in g.heads() if g.by_id[h]["location"] == loc][0]
        if dep_target not in g.ancestors(tip):
            g.add([tip], depends=[dep_target], location=loc)
            tags.append("depends-on-label" if dep_target == label else "depends-on-revision")
    if rng.random() < 0.2:
        hs = g.heads()
        g.add(hs[:2], message="merge two bases")
        tags.append("merge-across-bases")
    return tags


def shape_random(g):
    rng = g.rng
    tags = ["random"]
    g.add([], labels=[g.new_label()] if rng.random() < 0.3 else None)
    for _ in range(rng.randint(4, 30)):
        r = rng.random()
        heads = g.heads()
        labels = None
        if rng.random() < 0.12:
            labels = [g.new_label() for _ in range(rng.choice((1, 1, 2)))]
        depends = None
        if r < 0.06 and len(g.locations) > 1:
            g.add([], labels=[g.new_label()], location=rng.randrange(len(g.locations)))
            tags.append("multi-base")
            continue
        if r < 0.22 and len(heads) >= 2:
            parents = rng.sample(heads, min(len(heads), rng.choice((2, 2, 3))))
            tags.append("merge")
        elif r < 0.55:
            parents = [rng.choice(g.ids)]
        else:
            parents = [rng.choice(heads)]
        if rng.random() < 0.1:
            anc = g.ancestors(parents[0])
            cands = [x for x in g.ids if x not in anc] + [
                label for label in g.labels if g.labels[label] not in anc]
            if cands:
                depends = [rng.choice(cands)]
                tags.append("depends-on")
        loc = g.by_id[parents[0]]["location"]
        g.add(parents, labels=labels, depends=depends, location=loc)
    return sorted(dict.fromkeys(tags))


def shape_error(g, kind):
    rng = g.rng
    if kind == "cycle":
        a = g.new_id(); b = g.new_id(); c = g.new_id()
        g.add([c], rid=a); g.add([a], rid=b); g.add([b], rid=c)
        if rng.random() < 0.5:
            g.chain(None, 2)
    elif kind == "partial-cycle":
        base = g.chain(None, 2)
        a = g.new_id(); b = g.new_id()
        g.add([base, b], rid=a); g.add([a], rid=b)
    elif kind == "self-loop":
        base = g.chain(None, 2)
        x = g.new_id()
        g.add([base, x] if rng.random() < 0.5 else [x], rid=x)
    elif kind == "dependency-cycle":
        a = g.chain(None, 1)
        b = g.new_id()
        c = g.add([a], rid=b)
        g.by_id[a]["dependsOn"] = c
    elif kind == "duplicate-id":
        last = g.chain(None, rng.randint(1, 3))
        dup = rng.choice(g.ids)
        g.add([last], rid=dup)
    elif kind == "missing-down-revision":
        last = g.chain(None, rng.randint(1, 3))
        g.add([g.new_id()] + ([last] if rng.random() < 0.5 else []))
    elif kind == "missing-dependency":
        last = g.chain(None, rng.randint(1, 3))
        g.add([last], depends=[rng.choice((g.new_id(), "nosuchlabel"))])
    elif kind == "duplicate-label":
        label = g.new_label()
        bp = g.chain(None, 1)
        g.add([bp], labels=[label])
        g.add([bp], labels=[label])
    elif kind == "label-is-revision-id":
        bp = g.chain(None, 2)
        g.add([bp], labels=[g.ids[0]])
    elif kind == "empty":
        pass
    return ["error", kind]


# identifiers -------------------------------------------------------------------

def unique_prefix(g, rid):
    names = g.ids + list(g.labels)
    for k in range(4, len(rid)):
        if sum(1 for n in names if n.startswith(rid[:k])) == 1:
            return rid[:g.rng.randint(k, min(len(rid) - 1, k + 2))]
    return rid


def ambiguous_prefix(g):
    for a in g.ids:
        for b in g.ids:
            if a != b and a[:4] == b[:4]:
                return a[:4]
    return None


def ident(g, kind=None):
    """One revision identifier in a random form (valid or not)."""
    rng = g.rng
    ids = g.ids or ["abc123def456"]
    labels = list(g.labels)
    forms = ["id", "id", "prefix", "head", "heads", "base", "rev@head", "+n", "-n",
             "rev+n", "rev-n", "head-n", "unknown", "short"]
    if labels:
        forms += ["label", "label@head", "label@head", "label@base", "label@+n", "label@-n",
                  "label@rev", "label@heads"]
    if ambiguous_prefix(g):
        forms.append("ambiguous")
    kind = kind or rng.choice(forms)
    n = rng.choice((1, 1, 2, 3)) if rng.random() < 0.9 else rng.choice((20, 99))
    rid = rng.choice(ids)
    label = rng.choice(labels) if labels else "nolabel"
    return {
        "id": rid,
        "prefix": unique_prefix(g, rid),
        "head": "head",
        "heads": "heads",
        "base": "base",
        "rev@head": rid + "@head",
        "+n": "+%d" % n,
        "-n": "-%d" % n,
        "rev+n": "%s+%d" % (unique_prefix(g, rid) if rng.random() < 0.3 else rid, n),
        "rev-n": "%s-%d" % (rid, n),
        "head-n": "head-%d" % n,
        "unknown": "".join(rng.choice(HEX) for _ in range(12)),
        "short": rid[:3],
        "label": label,
        "label@head": label + "@head",
        "label@heads": label + "@heads",
        "label@base": label + "@base",
        "label@+n": "%s@+%d" % (label, n),
        "label@-n": "%s@-%d" % (label, n),
        "label@rev": "%s@%s" % (label, unique_prefix(g, rid)),
        "ambiguous": ambiguous_prefix(g),
    }[kind]


def upper_ident(g):
    return ident(g, g.rng.choice(("id", "prefix", "head", "heads", "label@head", "rev@head", "heads")
                                  if g.labels else ("id", "prefix", "head", "heads", "rev@head")))


def lower_ident(g):
    return ident(g, g.rng.choice(("id", "prefix", "base", "label@base", "-n", "rev-n")
                                  if g.labels else ("id", "prefix", "base", "-n", "rev-n")))


# steps -----------------------------------------------------------------------

def graph_steps(g):
    rng = g.rng
    steps = []
    for cmd in (["heads"], ["heads", "--resolve-dependencies"], ["branches"], ["history"]):
        steps.append(cmd)
        steps.append(cmd + ["-v"])
    big = len(g.revs) > 25  # keep the corpus small: fewer verbose steps on long graphs
    for _ in range(rng.randint(3, 5) if big else rng.randint(5, 8)):
        lo = "" if rng.random() < 0.2 else lower_ident(g)
        hi = "" if rng.random() < 0.2 else upper_ident(g)
        if rng.random() < 0.1:
            lo, hi = hi, lo  # a reversed range
        # --rev-range= keeps argparse from taking "-1:x" for an option
        argv = ["history", "--rev-range=%s:%s" % (lo, hi)]
        if rng.random() < (0.1 if big else 0.3):
            argv.append("-v")
        steps.append(argv)
    if rng.random() < 0.2:
        steps.append(["history", "-r", upper_ident(g)])  # no colon: an error
    shows = ["head", "heads"] + [ident(g) for _ in range(rng.randint(3, 5))]
    for target in shows:
        steps.append(["show", target])
    return [{"argv": a, "mode": "graph"} for a in steps]


def offline_steps(g):
    rng = g.rng
    big = len(g.revs) > 25
    steps = [["upgrade", "heads", "--sql"]]
    for _ in range(rng.randint(1, 2) if big else rng.randint(2, 4)):
        steps.append(["upgrade", ident(g), "--sql"])
    for _ in range(rng.randint(1, 2)):
        lo = lower_ident(g)
        lo = lo if not lo.startswith("-") else "base"  # "-1:x" would be taken for an option
        steps.append(["upgrade", "%s:%s" % (lo, upper_ident(g)), "--sql"])
    steps.append(["downgrade", "heads:base", "--sql"])
    for _ in range(1 if big else rng.randint(2, 3)):
        steps.append(["downgrade", "%s:%s" % (upper_ident(g), lower_ident(g)), "--sql"])
    if rng.random() < 0.3:
        steps.append(["downgrade", ident(g), "--sql"])  # no range: an error offline
    steps.append(["stamp", ident(g), "--sql"])
    if len(g.heads()) > 1 and rng.random() < 0.5:
        steps.append(["stamp"] + g.heads()[:2] + ["--sql"])  # several revisions at once
    if rng.random() < 0.15:
        steps.append(["upgrade", "heads", "--sql", "--tag", "release-1"])
    return [{"argv": a, "mode": "offline"} for a in steps]


def online_steps(g):
    rng = g.rng
    steps = [["current"]]
    ops = ["upgrade", "upgrade", "upgrade", "downgrade", "downgrade", "stamp", "purge",
           "current", "current-v", "history-i", "show-current", "history-current",
           "stamp-several"]
    for _ in range(rng.randint(8, 14)):
        op = rng.choice(ops)
        if op == "upgrade":
            steps.append(["upgrade", rng.choice((upper_ident(g), ident(g), "+1", "heads"))])
        elif op == "downgrade":
            steps.append(["downgrade", rng.choice((lower_ident(g), ident(g), "-1", "base"))])
        elif op == "stamp":
            steps.append(["stamp", ident(g)])
        elif op == "stamp-several":
            heads = g.heads()
            pair = heads[:2] if len(heads) > 1 else rng.sample(g.ids, min(2, len(g.ids)))
            steps.append(["stamp"] + (["--purge"] if rng.random() < 0.3 else []) + pair)
        elif op == "purge":
            steps.append(["stamp", "--purge", upper_ident(g)])
        elif op == "current":
            steps.append(["current"])
        elif op == "current-v":
            steps.append(["current", "-v"])
        elif op == "history-i":
            steps.append(["history", "-i"] + (["-v"] if rng.random() < 0.3 else []))
        elif op == "show-current":
            steps.append(["show", "current"])
        else:
            steps.append(["history", "-r", rng.choice(("current:", ":current", "current:heads"))])
    steps.append(["upgrade", "heads"])
    steps.append(["current", "-v"])
    steps.append(["downgrade", "base"])
    steps.append(["current"])
    return [{"argv": a, "mode": "online"} for a in steps]


def error_steps(g):
    rid = g.ids[0] if g.ids else "abc123def456"
    graph = [["heads"], ["heads", "-v"], ["branches"], ["history"], ["history", "-v"],
             ["history", "-r", "base:heads"], ["show", rid], ["show", "heads"]]
    offline = [["upgrade", "heads", "--sql"], ["upgrade", "head", "--sql"],
               ["downgrade", "heads:base", "--sql"]]
    online = [["current"], ["upgrade", "heads"], ["current"], ["downgrade", "base"]]
    return ([{"argv": a, "mode": "graph"} for a in graph]
            + [{"argv": a, "mode": "offline"} for a in offline]
            + [{"argv": a, "mode": "online"} for a in online])


# the corpus ------------------------------------------------------------------

PLAN = (
    # (shape name, count, builder, locations, collide)
    ("linear", 25, shape_linear, 1, 0.0),
    ("long", 10, shape_long, 1, 0.05),
    ("branches", 30, shape_branches, 1, 0.0),
    ("diamond", 20, shape_diamond, 1, 0.0),
    ("merge", 30, shape_merge, 1, 0.0),
    ("mergemerge", 15, shape_merge_of_merges, 1, 0.0),
    ("labels", 30, shape_labels, 1, 0.0),
    ("deprev", 20, shape_depends_rev, 1, 0.0),
    ("deplabel", 15, lambda g: shape_multibase(g, depends_label=True), 3, 0.0),
    ("multibase", 25, shape_multibase, 0, 0.0),
    ("prefix", 15, shape_random, 1, 0.5),
    ("random", 50, shape_random, 0, 0.1),
)
ERROR_KINDS = ("cycle", "partial-cycle", "self-loop", "dependency-cycle", "duplicate-id",
               "missing-down-revision", "missing-dependency", "duplicate-label",
               "label-is-revision-id", "empty")
LOCATION_NAMES = ("versions", "lib_a", "lib_b", "lib_c")


def build_cases(master_seed):
    master = random.Random(master_seed)
    cases = []
    plan = [(s, b, loc, col) for (s, count, b, loc, col) in PLAN for _ in range(count)]
    plan += [("error-" + k, (lambda kind: lambda g: shape_error(g, kind))(k), 1, 0.0)
             for k in ERROR_KINDS for _ in range(2)]
    for number, (shape, builder, nloc, collide) in enumerate(plan, 1):
        seed = master.randrange(1 << 30)
        rng = random.Random(seed)
        nloc = nloc or rng.randint(2, 4)
        g = Graph(rng, LOCATION_NAMES[:nloc], collide)
        tags = builder(g)
        if ambiguous_prefix(g):
            tags = tags + ["shared-prefixes"]
        if shape.startswith("error-"):
            steps = error_steps(g)
        else:
            steps = graph_steps(g) + offline_steps(g)
            if rng.random() < 0.7:
                steps += online_steps(g)
        cases.append({
            "name": "%03d-%s" % (number, shape),
            "seed": seed,
            "shapes": tags,
            "online": any(s["mode"] == "online" for s in steps),
            "versionLocations": g.locations,
            "revisions": g.revs,
            "steps": steps,
        })
    return cases


# ---------------------------------------------------------------------------
# Driver


def worker(args):
    patch_alembic()
    cases = select(build_cases(MASTER_SEED), args.only)
    with open(args.out, "w") as f:
        for case in cases:
            f.write(json.dumps(record_case(case)) + "\n")
            f.flush()


def select(cases, only):
    if not only:
        return cases
    wanted = set(only)
    return [c for c in cases if c["name"] in wanted or c["name"].split("-", 1)[0] in wanted]


def merge(primary, secondary):
    """Mark the steps whose output changed with the hash seed."""
    for a, b in zip(primary["steps"], secondary["steps"]):
        if a != b:
            a["hashOrderDependent"] = True
    return primary


SCALAR_ARRAY = re.compile(r"\[\n\s+([^\[\]{}]*?)\n\s*\]")


def dump_json(value):
    """Indented JSON with arrays of scalars (argv, rows, ids) kept on one line."""
    text = json.dumps(value, indent=1, ensure_ascii=False)
    # JSON strings never hold a raw newline, so ",\n" only separates items.
    text = SCALAR_ARRAY.sub(
        lambda m: "[" + ", ".join(x.strip() for x in m.group(1).split(",\n")) + "]", text)
    return text + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", help="case names or number prefixes")
    parser.add_argument("--print", action="store_true", help="print JSON instead of writing files")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return

    tmp = tempfile.mkdtemp(prefix="retort-graph-record-")
    procs = []
    outs = []
    for seed in HASH_SEEDS:
        out = os.path.join(tmp, "seed-%s.jsonl" % seed)
        outs.append(out)
        cmd = [sys.executable, os.path.abspath(__file__), "--worker", "--out", out]
        if args.only:
            cmd += ["--only"] + args.only
        env = dict(os.environ, PYTHONHASHSEED=seed)
        procs.append(subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL))
    codes = [p.wait() for p in procs]
    if any(codes):
        sys.exit("a worker failed: %r" % codes)
    runs = []
    for out in outs:
        with open(out) as f:
            runs.append([json.loads(line) for line in f])
    shutil.rmtree(tmp, ignore_errors=True)

    cases = [merge(a, b) for a, b in zip(runs[0], runs[1])]
    if args.print:
        print(json.dumps(cases, indent=1))
        return
    if not args.only:
        for name in os.listdir(CASES_DIR) if os.path.isdir(CASES_DIR) else []:
            if name.endswith(".json"):
                os.remove(os.path.join(CASES_DIR, name))
    os.makedirs(CASES_DIR, exist_ok=True)
    dependent = 0
    for case in cases:
        dependent += sum(1 for s in case["steps"] if s.get("hashOrderDependent"))
        with open(os.path.join(CASES_DIR, case["name"] + ".json"), "w") as f:
            f.write(dump_json(case))
    steps = sum(len(c["steps"]) for c in cases)
    print("%d cases, %d steps, %d hash-order-dependent steps" % (len(cases), steps, dependent))


if __name__ == "__main__":
    main()
