"""Record how Alembic 1.8.1 shows back revision messages that are awkward to store (comment ends,
newlines, quotes, unicode), for messages.test.ts.  Run: /usr/bin/python3 test/cli/record_messages.py

Each message becomes one revision of a chain (`revision -m MESSAGE --rev-id ID`); then the graph
commands run.  Create dates are stored as <DATE>, the project folder as <PROJECT>, ".py" as <EXT>.
Messages with a backslash or three double quotes are left out: Alembic's docstring reads those
back changed or not at all, so Retort's test checks them on its own."""
import json, os, re, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
MESSAGES = [
    'oops */ export const revision = "hijacked"; /*',
    "first line\nsecond line",
    "para one\n\npara two",
    "quotes ' and \" and `back`",
    "unicode: café — 日本語 ✓ 🎉",
    "ends with a star *",
    "/* opens a comment",
    "  leading and trailing spaces  ",
    "* bullet one\n* bullet two",
    "${upRevision} and %(rev)s",
    "line\n   \nafter a line of spaces",
    "*/",
    "**/ and *//* and */*/",
    " * looks like a gutter\n * second",
]

work = os.path.realpath(tempfile.mkdtemp())
alembic = ["/usr/bin/python3", "-m", "alembic"]
subprocess.run(alembic + ["init", "migrations"], cwd=work, check=True, capture_output=True)
revisions = []
for i, message in enumerate(MESSAGES, start=1):
    rev = "aaaa%04d" % i
    subprocess.run(alembic + ["revision", "-m", message, "--rev-id", rev], cwd=work, check=True, capture_output=True)
    revisions.append({"revision": rev, "message": message})


def normalise(text):
    text = re.sub(r"Create Date: .*", "Create Date: <DATE>", text)
    return re.sub(r"(versions/[^\n]*)\.py\n", r"\1<EXT>\n", text.replace(work, "<PROJECT>"))


steps = []
argvs = [["history"], ["history", "-v"], ["heads"], ["heads", "-v"], ["branches", "-v"]]
argvs += [["show", r["revision"]] for r in revisions]
for argv in argvs:
    p = subprocess.run(alembic + argv, cwd=work, capture_output=True, text=True)
    steps.append({"argv": argv, "exitCode": p.returncode, "stdout": normalise(p.stdout), "stderr": p.stderr})
out = {"revisions": revisions, "steps": steps}
json.dump(out, open(os.path.join(HERE, "messages.alembic.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
subprocess.run(["rm", "-rf", work], check=True)
