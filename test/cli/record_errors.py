"""Record Alembic 1.8.1's words for an ambiguous revision prefix and a duplicate revision id, for
errors-detail.test.ts.  Run: /usr/bin/python3 test/cli/record_errors.py"""
import json, os, re, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
work = os.path.realpath(tempfile.mkdtemp())
alembic = ["/usr/bin/python3", "-m", "alembic"]
subprocess.run(alembic + ["init", "migrations"], cwd=work, check=True, capture_output=True)
ini = os.path.join(work, "alembic.ini")
text = open(ini).read()
open(ini, "w").write(text.replace("driver://user:pass@localhost/dbname", "postgresql://u@localhost/db"))
for rev in ("aaaa0001", "aaaa0002"):
    subprocess.run(alembic + ["revision", "-m", rev, "--rev-id", rev], cwd=work, check=True, capture_output=True)

out = {"ambiguous": {}, "duplicate": {}}
for argv in (["show", "aaaa"], ["history", "-r", "aaaa:"], ["edit", "aaaa"], ["revision", "-m", "x", "--head", "aaaa"],
             ["merge", "aaaa", "aaaa0002"], ["upgrade", "aaaa", "--sql"], ["stamp", "aaaa", "--sql"]):
    p = subprocess.run(alembic + argv, cwd=work, capture_output=True, text=True)
    out["ambiguous"][" ".join(argv)] = {"exitCode": p.returncode, "failed": re.findall(r"^FAILED: .*$", p.stdout, re.M)}

versions = os.path.join(work, "migrations", "versions")
first = [f for f in os.listdir(versions) if f.startswith("aaaa0001")][0]
source = open(os.path.join(versions, first)).read()
open(os.path.join(versions, "zz_copy.py"), "w").write(source)
p = subprocess.run(alembic + ["heads"], cwd=work, capture_output=True, text=True)
out["duplicate"]["heads"] = {"exitCode": p.returncode, "warnings": re.findall(r"UserWarning: (.*)$", p.stderr, re.M)}
json.dump(out, open(os.path.join(HERE, "errors.alembic.json"), "w"), indent=1)
subprocess.run(["rm", "-rf", work], check=True)
