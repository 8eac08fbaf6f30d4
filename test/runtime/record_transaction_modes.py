"""Record Alembic 1.8.1's offline output under each transaction mode (the default, per-migration,
non-transactional DDL), for transaction-modes.test.ts.
Run: /usr/bin/python3 test/runtime/record_transaction_modes.py"""
import json, os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MODES = {
    "default": "",
    "transactionPerMigration": " transaction_per_migration=True,",
    "transactionalDdlFalse": " transactional_ddl=False,",
}
out = {}
for mode, extra in MODES.items():
    work = tempfile.mkdtemp()
    subprocess.run(["/usr/bin/python3", "-m", "alembic", "init", "m"], cwd=work, check=True, capture_output=True)
    ini = os.path.join(work, "alembic.ini")
    text = open(ini).read()
    open(ini, "w").write(text.replace("sqlalchemy.url = driver://user:pass@localhost/dbname", "sqlalchemy.url = postgresql://u:p@localhost/db"))
    env = os.path.join(work, "m", "env.py")
    text = open(env).read()
    open(env, "w").write(text.replace("        literal_binds=True,", "        literal_binds=True," + extra))
    for rev, down in (("aaaa11", None), ("bbbb22", "aaaa11")):
        open(os.path.join(work, "m", "versions", rev + ".py"), "w").write(
            f'"""{rev}"""\nrevision = "{rev}"\ndown_revision = {down!r}\nbranch_labels = None\ndepends_on = None\n'
            f'from alembic import op\ndef upgrade(): op.execute("SELECT \'up {rev}\'")\ndef downgrade(): op.execute("SELECT \'down {rev}\'")\n')
    for argv in (["upgrade", "head", "--sql"], ["downgrade", "bbbb22:base", "--sql"]):
        p = subprocess.run(["/usr/bin/python3", "-m", "alembic", *argv], cwd=work, capture_output=True, text=True)
        out[mode + " " + " ".join(argv)] = {"stdout": p.stdout, "stderr": p.stderr}
json.dump(out, open(os.path.join(HERE, "transaction-modes.alembic.json"), "w"), indent=1)
