"""Record Alembic 1.8.1's offline output for a version table with a schema and a name that
needs quoting, for version-table.test.ts.  Run: /usr/bin/python3 test/runtime/record_version_table.py"""
import json, os, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
work = tempfile.mkdtemp()
subprocess.run(["/usr/bin/python3", "-m", "alembic", "init", "m"], cwd=work, check=True, capture_output=True)
ini = os.path.join(work, "alembic.ini")
text = open(ini).read()
open(ini, "w").write(text.replace("sqlalchemy.url = driver://user:pass@localhost/dbname", "sqlalchemy.url = postgresql://u:p@localhost/db"))
env = os.path.join(work, "m", "env.py")
text = open(env).read()
open(env, "w").write(text.replace("        literal_binds=True,", '        literal_binds=True, version_table_schema="myschema", version_table="MyVersions",'))
for rev, down in (("aaaa11", None), ("bbbb22", "aaaa11")):
    open(os.path.join(work, "m", "versions", rev + ".py"), "w").write(
        f'"""{rev}"""\nrevision = "{rev}"\ndown_revision = {down!r}\nbranch_labels = None\ndepends_on = None\n'
        f'from alembic import op\ndef upgrade(): op.execute("SELECT \'up {rev}\'")\ndef downgrade(): op.execute("SELECT \'down {rev}\'")\n')
out = {}
for argv in (["upgrade", "head", "--sql"], ["upgrade", "aaaa11:head", "--sql"], ["downgrade", "bbbb22:base", "--sql"],
             ["stamp", "head", "--sql"], ["stamp", "aaaa11:bbbb22", "--sql"], ["ensure_version", "--sql"]):
    p = subprocess.run(["/usr/bin/python3", "-m", "alembic", *argv], cwd=work, capture_output=True, text=True)
    out[" ".join(argv)] = p.stdout
json.dump(out, open(os.path.join(HERE, "version-table.alembic.json"), "w"), indent=1)
