"""N concurrent `alembic upgrade head` on PostgreSQL (Alembic 1.8.1, no lock), for the README.

A 50-revision history whose migrations each append a row to a log table with no unique key;
for N = 2, 4, 8, 16 processes started together on a fresh database: how many exit non-zero,
and how many revisions end up applied more than once.

    /usr/bin/python3 bench/concurrent/alembic_concurrent.py [--rounds 1]
"""
import argparse, json, os, shutil, subprocess, sys, tempfile, uuid

import psycopg2

ADMIN = dict(host="127.0.0.1", port=5432, user="postgres", dbname="postgres")
REVS = 50


def rev(i):
    return "c0ffee%06d" % i


def make_project(url):
    d = tempfile.mkdtemp(prefix="alembic-conc-")
    subprocess.run([sys.executable, "-m", "alembic", "init", "migrations"], cwd=d, check=True, capture_output=True)
    ini = os.path.join(d, "alembic.ini")
    text = open(ini).read().replace("sqlalchemy.url = driver://user:pass@localhost/dbname", "sqlalchemy.url = " + url)
    open(ini, "w").write(text)
    for i in range(1, REVS + 1):
        create = '    op.execute("CREATE TABLE IF NOT EXISTS applied_log (rev VARCHAR(32) NOT NULL)")\n' if i == 1 else ""
        down = "None" if i == 1 else repr(rev(i - 1))
        open(os.path.join(d, "migrations", "versions", "%s_step.py" % rev(i)), "w").write(
            "from alembic import op\n\nrevision = %r\ndown_revision = %s\nbranch_labels = None\ndepends_on = None\n\n"
            "def upgrade():\n%s    op.execute(\"INSERT INTO applied_log (rev) VALUES ('%s')\")\n\n"
            "def downgrade():\n    pass\n" % (rev(i), down, create, rev(i))
        )
    return d


def admin(sql):
    c = psycopg2.connect(**ADMIN)
    c.autocommit = True
    c.cursor().execute(sql)
    c.close()


def one_round(n):
    name = "alembic_conc_%s" % uuid.uuid4().hex[:8]
    admin("CREATE DATABASE " + name)
    url = "postgresql://postgres@127.0.0.1:5432/" + name
    d = make_project(url)
    try:
        procs = [subprocess.Popen([sys.executable, "-m", "alembic", "upgrade", "head"], cwd=d, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(n)]
        codes = [p.wait() for p in procs]
        for p in procs:
            p.stdout.close(); p.stderr.close()
        c = psycopg2.connect(host="127.0.0.1", port=5432, user="postgres", dbname=name)
        cur = c.cursor()
        try:
            cur.execute("SELECT rev, count(*) FROM applied_log GROUP BY rev HAVING count(*) > 1")
            twice = len(cur.fetchall())
        except psycopg2.Error:
            twice = 0
        c.close()
        return {"n": n, "failed": sum(1 for x in codes if x != 0), "applied_twice": twice}
    finally:
        shutil.rmtree(d, ignore_errors=True)
        admin("DROP DATABASE IF EXISTS %s WITH (FORCE)" % name)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=1)
    a = ap.parse_args()
    results = [one_round(n) for _ in range(a.rounds) for n in (2, 4, 8, 16)]
    for r in results:
        print(json.dumps(r))
    print(json.dumps({"processes": sum(r["n"] for r in results), "failed": sum(r["failed"] for r in results),
                      "revisions_applied_twice": sum(r["applied_twice"] for r in results)}))
