"""Record what Alembic 1.8.1 prints for the "Getting started" tutorial, as fixtures for
tutorial.test.ts.  Run with Debian's Python: /usr/bin/python3 test/tutorial/record.py
Needs PostgreSQL on 127.0.0.1:5432 (trust auth).  CI never runs this."""
import json, os, re, shutil, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DB = "retort_tutorial_record"
CREATE_DATE = "2021-11-20 19:17:01.434529"

UPGRADE = '''    op.create_table(
        'account',
        sa.Column('id', sa.Integer, primary_key=True),
        sa.Column('name', sa.String(50), nullable=False),
        sa.Column('description', sa.Unicode(200)),
    )'''
DOWNGRADE = "    op.drop_table('account')"


def alembic(cwd, *args, env=None):
    p = subprocess.run(["/usr/bin/python3", "-m", "alembic", *args], cwd=cwd, capture_output=True, text=True, env=env)
    return {"argv": list(args), "stdout": p.stdout, "stderr": p.stderr, "exitCode": p.returncode}


def psql(sql):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-qc", sql], check=True, capture_output=True)


def main():
    work = tempfile.mkdtemp()
    subprocess.run(["/usr/bin/python3", "-m", "alembic", "init", "migrations"], cwd=work, check=True, capture_output=True)
    ini = os.path.join(work, "alembic.ini")
    text = open(ini).read().replace(
        "sqlalchemy.url = driver://user:pass@localhost/dbname",
        "sqlalchemy.url = postgresql://%(DB_USER)s:%(DB_PASS)s@%(DB_HOST)s/%(DB_NAME)s")
    open(ini, "w").write(text)
    envpy = os.path.join(work, "migrations", "env.py")
    env_text = open(envpy).read().replace("config = context.config\n", "config = context.config\n"
        "import os\nsection = config.config_ini_section\n"
        "config.set_section_option(section, 'DB_USER', os.environ.get('DB_USER', ''))\n"
        "config.set_section_option(section, 'DB_PASS', os.environ.get('DB_PASS', ''))\n"
        "config.set_section_option(section, 'DB_HOST', os.environ.get('DB_HOST', ''))\n"
        "config.set_section_option(section, 'DB_NAME', os.environ.get('DB_NAME', ''))\n", 1)
    open(envpy, "w").write(env_text)
    rev = alembic(work, "revision", "-m", "create user table", "--rev-id", "433af9f41996")
    path = os.path.join(work, "migrations", "versions", "433af9f41996_create_user_table.py")
    src = open(path).read()
    src = re.sub(r"Create Date: .*", "Create Date: " + CREATE_DATE, src)
    src = src.replace("def upgrade() -> None:\n    pass", "def upgrade() -> None:\n" + UPGRADE)
    src = src.replace("def downgrade() -> None:\n    pass", "def downgrade() -> None:\n" + DOWNGRADE)
    open(path, "w").write(src)
    env = dict(os.environ, DB_USER="postgres", DB_PASS="", DB_HOST="127.0.0.1", DB_NAME=DB)
    psql(f"DROP DATABASE IF EXISTS {DB}")
    psql(f"CREATE DATABASE {DB}")
    steps = [
        alembic(work, "upgrade", "head", "--sql", env=env),
        alembic(work, "upgrade", "head", env=env),
        alembic(work, "current", env=env),
        alembic(work, "current", "-v", env=env),
        alembic(work, "history", env=env),
        alembic(work, "history", "-v", env=env),
        alembic(work, "history", "-r", "base:head", env=env),
        alembic(work, "show", "433af9f41996", env=env),
        alembic(work, "heads", env=env),
        alembic(work, "downgrade", "433af9f41996:base", "--sql", env=env),
        alembic(work, "downgrade", "-1", env=env),
        alembic(work, "current", env=env),
    ]
    psql(f"DROP DATABASE IF EXISTS {DB}")
    for s in steps:
        # Absolute paths of the scratch project vary; keep them relative to it.
        for k in ("stdout", "stderr"):
            s[k] = s[k].replace(work + "/", "<project>/")
    json.dump({"revisionFile": src.replace(work + "/", ""), "revisionCommand": rev["stdout"].replace(work + "/", "<project>/"), "steps": steps},
              open(os.path.join(HERE, "alembic-tutorial.json"), "w"), indent=1)
    shutil.rmtree(work)


main()
