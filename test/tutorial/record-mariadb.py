"""Record what Alembic 1.8.1 prints for the "Getting started" tutorial on the MariaDB server
(sqlalchemy.url = mysql+pymysql://root@127.0.0.1/retort_my_tutorial_record: Debian's Python
has PyMySQL, not mysqlclient), and the schema it leaves (information_schema), as fixtures for
tutorial.test.ts.  Run with Debian's Python: /usr/bin/python3 test/tutorial/record-mariadb.py
Needs MariaDB on 127.0.0.1:3306 (root, no password).  CI never runs this."""
import json, os, re, shutil, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
CREATE_DATE = "2021-11-20 19:17:01.434529"
DB = "retort_my_tutorial_record"
MARIADB = ["mariadb", "-h", "127.0.0.1", "-P", "3306", "-u", "root", "-N", "-B", "-e"]

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


def sql(statement):
    return subprocess.run(MARIADB + [statement], capture_output=True, text=True, check=True).stdout


def schema():
    """Tables, then columns as information_schema says them, in a stated order."""
    tables = sql("SELECT table_name FROM information_schema.tables WHERE table_schema = '%s' ORDER BY table_name" % DB)
    columns = sql(
        "SELECT table_name, column_name, column_type, is_nullable, column_key, extra FROM information_schema.columns"
        " WHERE table_schema = '%s' ORDER BY table_name, ordinal_position" % DB
    )
    return {"tables": tables.split("\n")[:-1], "columns": [line.split("\t") for line in columns.split("\n")[:-1]]}


def main():
    sql("DROP DATABASE IF EXISTS %s" % DB)
    sql("CREATE DATABASE %s" % DB)
    work = tempfile.mkdtemp()
    try:
        subprocess.run(["/usr/bin/python3", "-m", "alembic", "init", "migrations"], cwd=work, check=True, capture_output=True)
        ini = os.path.join(work, "alembic.ini")
        url = "mysql+pymysql://root@127.0.0.1/%s" % DB
        text = open(ini).read().replace("sqlalchemy.url = driver://user:pass@localhost/dbname", "sqlalchemy.url = " + url)
        open(ini, "w").write(text)
        alembic(work, "revision", "-m", "create user table", "--rev-id", "433af9f41996")
        path = os.path.join(work, "migrations", "versions", "433af9f41996_create_user_table.py")
        src = open(path).read()
        src = re.sub(r"Create Date: .*", "Create Date: " + CREATE_DATE, src)
        src = src.replace("def upgrade() -> None:\n    pass", "def upgrade() -> None:\n" + UPGRADE)
        src = src.replace("def downgrade() -> None:\n    pass", "def downgrade() -> None:\n" + DOWNGRADE)
        open(path, "w").write(src)
        steps = [alembic(work, "upgrade", "head", "--sql"), alembic(work, "upgrade", "head")]
        after_upgrade = schema()
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
        after_downgrade = schema()
        for s in steps:
            for k in ("stdout", "stderr"):
                s[k] = s[k].replace(work + "/", "<project>/")
        out = {"url": url, "steps": steps, "schemaAfterUpgrade": after_upgrade, "schemaAfterDowngrade": after_downgrade}
        json.dump(out, open(os.path.join(HERE, "alembic-tutorial-mariadb.json"), "w"), indent=1)
    finally:
        shutil.rmtree(work)
        sql("DROP DATABASE IF EXISTS %s" % DB)


main()
