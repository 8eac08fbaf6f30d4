#!/usr/bin/python3
"""Write seeded random batch move-and-copy cases into cases/<750+seed>-batch-random-<seed>/case.py.

    /usr/bin/python3 test/ops/gen-batch-cases.py [COUNT [FIRST]]   # then: record.py batch-random
    /usr/bin/python3 test/ops/gen-batch-cases.py --sqlite [COUNT [FIRST]]   # then: record.py batch-sqlite-random

Each case is a copy_from table (typed columns with nullability, defaults, comments,
unique/index flags, column and table constraints, named or not, indexes) and a random run
of batch operations over it, so the recorded Alembic output exercises combinations the
hand-written 7xx cases do not. Deterministic: the same seed writes the same file. The corpus
keeps seeds 0-49 (cases 750-799); larger runs (e.g. `250 0`) are for hunting differences,
then removed (a run with the extra columns declared after the table-level constraints,
which moves them in SQLAlchemy's attach order, passed as well; case 732 keeps that shape).

--sqlite writes the SQLite flavour into cases/<988+seed>-batch-sqlite-random-<seed>/: no
PostgreSQL types and no schema, sqlite.* types, `recreate="auto"` (the default) about half the
time, so SQLite's own choice between ALTER and move-and-copy is exercised (an add_column with a
plain-string default or index changes alone stay ALTERs), server defaults that are SQL
expressions, and sometimes `table_kwargs={"sqlite_autoincrement": True}`. The corpus keeps
seeds 0-11 (cases 988-999). The PostgreSQL flavour draws the same random numbers as before.
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")

TYPES = [
    "sa.Integer()", "sa.BigInteger()", "sa.SmallInteger()", "sa.String(20)", "sa.String(50)", "sa.Text()",
    "sa.Boolean()", "sa.Numeric(10, 2)", "sa.Float()", "sa.Date()", "sa.DateTime(timezone=True)", "sa.JSON()",
    "postgresql.JSONB()", "postgresql.UUID()", "sa.LargeBinary()", "sa.Interval()", "sa.Time()",
]
NEW_TYPES = ["sa.Integer()", "sa.BigInteger()", "sa.String(30)", "sa.Text()", "sa.Numeric(12, 3)", "sa.Boolean()", "sa.Float()"]
DEFAULTS = {"sa.Integer()": '"0"', "sa.String(20)": '"x"', "sa.Text()": 'sa.text("\'\'")', "sa.Boolean()": 'sa.text("false")'}
SQLITE_TYPES = [
    "sa.Integer()", "sa.BigInteger()", "sa.String(20)", "sa.String(50)", "sa.Text()", "sa.Boolean()",
    "sa.Numeric(10, 2)", "sa.Float()", "sa.Date()", "sa.DateTime()", "sa.JSON()", "sqlite.DATETIME()",
    "sqlite.JSON()", "sa.LargeBinary()", "sa.Time()",
]
SQLITE_DEFAULTS = dict(DEFAULTS, **{"sa.Boolean()": 'sa.text("0")', "sa.DateTime()": 'sa.text("CURRENT_TIMESTAMP")'})
# Defaults an added column may carry: a plain string keeps SQLite's ALTER, an expression forces move-and-copy.
SQLITE_ADD_DEFAULTS = ['"0"', 'sa.text("0")', 'sa.text("(1 + 1)")']


def gen(seed, sqlite=False):
    rnd = random.Random(seed)
    types, defaults = (SQLITE_TYPES, SQLITE_DEFAULTS) if sqlite else (TYPES, DEFAULTS)
    tname = rnd.choice(["t", "account", "order", "Item", "user_data"])
    ncols = rnd.randint(2, 5)
    cols = []
    lines = ['    sa.Column("id", sa.Integer(), primary_key=True),'] if rnd.random() < 0.8 else [
        '    sa.Column("id", sa.Integer()),', '    sa.Column("id2", sa.Integer()),']
    pk_explicit = len(lines) == 2
    for i in range(ncols):
        name = rnd.choice(["a", "b", "c", "d", "e", "f", "name", "value", "Mixed"]) + str(i)
        typ = rnd.choice(types)
        kw = []
        if rnd.random() < 0.3:
            kw.append("nullable=False")
        if typ in defaults and rnd.random() < 0.3:
            kw.append("server_default=%s" % defaults[typ])
        if rnd.random() < 0.15:
            kw.append('comment="c %s"' % name)
        if rnd.random() < 0.15:
            kw.append("unique=True")
        if rnd.random() < 0.15:
            kw.append("index=True")
        extra = ""
        if typ == "sa.Integer()" and rnd.random() < 0.3:
            extra = ', sa.ForeignKey("other.id"%s)' % (', name="fk_%s_%s"' % (tname.lower(), name) if rnd.random() < 0.6 else "")
        cols.append((name, typ))
        lines.append('    sa.Column("%s", %s%s%s),' % (name, typ, extra, "".join(", " + k for k in kw)))
    names = [c[0] for c in cols]
    if rnd.random() < 0.3:
        e = "e_%d" % seed
        native = rnd.random() < 0.5
        lines.append('    sa.Column("mood", sa.Enum("a", "b", name="%s"%s)),' % (
            e, "" if native else ", native_enum=False, create_constraint=True"))
        names.append("mood")
    if rnd.random() < 0.2:
        lines.append('    sa.Column("parent_id", sa.Integer(), sa.ForeignKey("%s.id")),' % tname)
        names.append("parent_id")
    if pk_explicit:
        lines.append('    sa.PrimaryKeyConstraint("id", "id2"%s),' % (', name="pk_%s"' % tname.lower() if rnd.random() < 0.5 else ""))
    if rnd.random() < 0.5:
        c = rnd.choice(names)
        lines.append('    sa.UniqueConstraint("%s"%s),' % (c, ', name="uq_%s_%s"' % (tname.lower(), c) if rnd.random() < 0.7 else ""))
    if rnd.random() < 0.4:
        lines.append('    sa.CheckConstraint("id > 0", name="ck_%s_id"),' % tname.lower())
    if rnd.random() < 0.6:
        c = rnd.sample(names, min(len(names), rnd.randint(1, 2)))
        lines.append('    sa.Index("ix_%s_%s", %s%s),' % (tname.lower(), "_".join(c).lower(), ", ".join('"%s"' % x for x in c),
                                                        ", unique=True" if rnd.random() < 0.3 else ""))
    existing_named = [l.split('name="')[1].split('"')[0] for l in lines if 'name="' in l]
    existing_ix = [l.split('sa.Index("')[1].split('"')[0] for l in lines if 'sa.Index("' in l]
    ops = []
    live = list(names)
    added = 0
    # SQLite: a third of the runs only add columns and indexes, which "auto" does without a copy.
    alter_only = sqlite and rnd.random() < 0.35
    for _ in range(rnd.randint(1, 4)):
        kind = rnd.choice(["add", "add_pos", "drop", "alter_type", "alter_null", "rename", "alter_default", "index", "uq", "ck",
                           "drop_named", "drop_ix"])
        if alter_only:
            kind = rnd.choice(["add", "add_default", "index", "drop_ix"])
        if kind == "add_default":
            n = "new%d" % added
            added += 1
            ops.append('batch_op.add_column(sa.Column("%s", sa.Integer(), server_default=%s))' % (n, rnd.choice(SQLITE_ADD_DEFAULTS)))
            live.append(n)
            continue
        if kind == "drop_named" and existing_named:
            ops.append('batch_op.drop_constraint("%s")' % existing_named.pop(rnd.randrange(len(existing_named))))
            continue
        if kind == "drop_ix" and existing_ix:
            ops.append('batch_op.drop_index("%s")' % existing_ix.pop(rnd.randrange(len(existing_ix))))
            continue
        if kind in ("drop_named", "drop_ix"):
            kind = "add"
        if kind in ("drop", "alter_type", "alter_null", "rename", "alter_default") and len(live) < 2:
            kind = "add"
        if kind == "add" or kind == "add_pos":
            n = "new%d" % added
            added += 1
            pos = ""
            if kind == "add_pos":
                pos = ', insert_%s="%s"' % (rnd.choice(["before", "after"]), rnd.choice(live + ["id"]))
            ops.append('batch_op.add_column(sa.Column("%s", %s)%s)' % (n, rnd.choice(NEW_TYPES), pos))
            live.append(n)
        elif kind == "drop":
            c = rnd.choice(live)
            live.remove(c)
            ops.append('batch_op.drop_column("%s")' % c)
        elif kind == "alter_type":
            ops.append('batch_op.alter_column("%s", type_=%s)' % (rnd.choice(live), rnd.choice(NEW_TYPES)))
        elif kind == "alter_null":
            ops.append('batch_op.alter_column("%s", nullable=%s)' % (rnd.choice(live), rnd.choice(["True", "False"])))
        elif kind == "rename":
            c = rnd.choice(live)
            live.remove(c)
            live.append(c + "_r")
            ops.append('batch_op.alter_column("%s", new_column_name="%s_r")' % (c, c))
        elif kind == "alter_default":
            now = 'sa.text("CURRENT_TIMESTAMP")' if sqlite else 'sa.text("now()")'
            ops.append('batch_op.alter_column("%s", server_default=%s)' % (rnd.choice(live), rnd.choice(['"1"', "None", now])))
        elif kind == "index":
            c = rnd.choice(live)
            ops.append('batch_op.create_index("ix_new_%s", ["%s"])' % (c.lower(), c))
        elif kind == "uq":
            c = rnd.choice(live)
            ops.append('batch_op.create_unique_constraint("uq_new_%s", ["%s"])' % (c.lower(), c))
        else:
            ops.append('batch_op.create_check_constraint("ck_new_%d", "id >= 0")' % len(ops))
    partial = ""
    if rnd.random() < 0.15 and len(live) >= 2:
        partial = "    partial_reordering=[(%s)],\n" % ", ".join('"%s"' % x for x in reversed(live[:2]))
    meta = "sa.MetaData()"
    if rnd.random() < 0.25:
        meta = 'sa.MetaData(naming_convention={"uq": "uq_%(table_name)s_%(column_0_name)s", "ix": "ix_%(column_0_label)s", "fk": "fk_%(table_name)s_%(column_0_name)s"})'
    schema_kw, table_schema = "", ""
    if not sqlite and rnd.random() < 0.2:
        schema_kw, table_schema = '    schema="s1",\n', '        schema="s1",\n'
    kwargs = ""
    if rnd.random() < 0.2:
        kwargs = '    table_kwargs={"sqlite_autoincrement": True},\n' if sqlite else '    table_kwargs={"comment": "tc"},\n'
    recreate = '    recreate="always",\n'
    if sqlite and (alter_only or rnd.random() < 0.5):
        recreate = ""
    body = "with op.batch_alter_table(\n    %r,\n%s%s%s%s    copy_from=sa.Table(\n        %r,\n        %s,\n" % (
        tname, schema_kw, recreate, partial, kwargs, tname, meta)
    body = body.replace("'", '"')
    body += "".join("    " + l + "\n" for l in lines)
    body += table_schema
    body += "    ),\n) as batch_op:\n"
    body += "".join("    " + o + "\n" for o in ops)
    return body


def main():
    args = sys.argv[1:]
    sqlite = "--sqlite" in args
    args = [a for a in args if a != "--sqlite"]
    count = int(args[0]) if args else (12 if sqlite else 50)
    first = int(args[1]) if len(args) > 1 else 0
    pattern = "%03d-batch-sqlite-random-%02d" if sqlite else "%03d-batch-random-%02d"
    base = 988 if sqlite else 750
    for i in range(first, first + count):
        d = os.path.join(CASES, pattern % (base + i, i))
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "case.py"), "w", encoding="utf-8") as f:
            f.write(gen(i, sqlite))


if __name__ == "__main__":
    main()
