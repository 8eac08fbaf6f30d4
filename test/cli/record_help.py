"""Record Alembic 1.8.1's --help for the program and every verb, for help.test.ts.
Run: /usr/bin/python3 test/cli/record_help.py   (COLUMNS=80, so argparse wraps as in a plain terminal)"""
import json, os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
VERBS = ["branches", "current", "downgrade", "edit", "ensure_version", "heads", "history", "init",
         "list_templates", "merge", "revision", "show", "stamp", "upgrade"]
env = {**os.environ, "COLUMNS": "80"}
out = {}
for verb in [None] + VERBS:
    argv = ["/usr/bin/python3", "-m", "alembic"] + ([verb] if verb else []) + ["--help"]
    p = subprocess.run(argv, capture_output=True, text=True, env=env, check=True)
    out[verb or ""] = p.stdout
json.dump(out, open(os.path.join(HERE, "help.alembic.json"), "w"), indent=1)
