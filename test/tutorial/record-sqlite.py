"""Record what Alembic 1.8.1 prints for the "Getting started" tutorial on SQLite
(sqlalchemy.url = sqlite:///app.db), and the schema it leaves, as fixtures for
tutorial-sqlite.test.ts.  Run with Debian's Python: /usr/bin/python3 test/tutorial/record-sqlite.py
Needs nothing else (SQLite is a file).  CI never runs this."""
import json, os, re, shutil, sqlite3, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CREATE_DATE = "2021-11-20 19:17:01.434529"

UPGRADE = '''    op.create_table(
        'account',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('name', sa.String(50), nullable=False),
        sa.Column('description', sa.Unicode(200)),
    )'''
DOWNGRADE = "    op.drop_table('account')"


def alembic(cwd, *args):
    p = subprocess.run(["/usr/bin/python3", "-m", "alembic", *args], cwd=cwd, capture_output=True, text=True)
    return {"argv": list(args), "stdout": p.stdout, "stderr": p.stderr, "exitCode": p.returncode}


def schema(path):
    """sqlite_master as the test reads it back: type, name, table and SQL, in creation order."""
    db = sqlite3.connect(path)
    rows = db.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid").fetchall()
    db.close()
    return [list(r) for r in rows]


def main():
    work = tempfile.mkdtemp()
    subprocess.run(["/usr/bin/python3", "-m", "alembic", "init", "migrations"], cwd=work, check=True, capture_output=True)
    ini = os.path.join(work, "alembic.ini")
    text = open(ini).read().replace("sqlalchemy.url = driver://user:pass@localhost/dbname", "sqlalchemy.url = sqlite:///app.db")
    open(ini, "w").write(text)
    rev = alembic(work, "revision", "-m", "create user table", "--rev-id", "433af9f41996")
    path = os.path.join(work, "migrations", "versions", "433af9f41996_create_user_table.py")
    src = open(path).read()
    src = re.sub(r"Create Date: .*", "Create Date: " + CREATE_DATE, src)
    src = src.replace("def upgrade() -> None:\n    pass", "def upgrade() -> None:\n" + UPGRADE)
    src = src.replace("def downgrade() -> None:\n    pass", "def downgrade() -> None:\n" + DOWNGRADE)
    open(path, "w").write(src)
    db = os.path.join(work, "app.db")
    steps = [alembic(work, "upgrade", "head", "--sql"), alembic(work, "upgrade", "head")]
    after_upgrade = schema(db)
    steps += [
        alembic(work, "current"),
        alembic(work, "current", "-v"),
        alembic(work, "history"),
        alembic(work, "history", "-v"),
        alembic(work, "history", "-r", "base:head"),
        alembic(work, "show", "433af9f41996"),
        alembic(work, "heads"),
        alembic(work, "downgrade", "433af9f41996:base", "--sql"),
        alembic(work, "downgrade", "-1"),
        alembic(work, "current"),
    ]
    after_downgrade = schema(db)
    for s in steps:
        # Absolute paths of the scratch project vary; keep them relative to it.
        for k in ("stdout", "stderr"):
            s[k] = s[k].replace(work + "/", "<project>/")
    json.dump({"steps": steps, "schemaAfterUpgrade": after_upgrade, "schemaAfterDowngrade": after_downgrade},
              open(os.path.join(HERE, "alembic-tutorial-sqlite.json"), "w"), indent=1)
    shutil.rmtree(work)


main()
