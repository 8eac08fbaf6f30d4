"""Record what Alembic 1.8.1's `edit` prints when the editor fails, is missing or succeeds, for
edit.test.ts.  Run: /usr/bin/python3 test/cli/record_edit.py

PATH holds only `false` and `true`, so Alembic's fallback editors (sensible-editor, vim, ...) are
never found and nothing interactive starts.  Paths are stored as <PROJECT>, <BIN>, <PBIN>, <EXT>."""
import json, os, stat, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
work = os.path.realpath(tempfile.mkdtemp())
project, bin_dir, pbin = (os.path.join(work, d) for d in ("project", "bin", "pbin"))
for d in (project, bin_dir, pbin):
    os.mkdir(d)
os.symlink("/bin/false", os.path.join(pbin, "false"))
os.symlink("/bin/true", os.path.join(pbin, "true"))
for name, body, mode in (("exit3", "#!/bin/sh\nexit 3\n", 0o755), ("killed", "#!/bin/sh\nkill -TERM $$\n", 0o755), ("noexec", "#!/bin/sh\n", 0o644)):
    path = os.path.join(bin_dir, name)
    open(path, "w").write(body)
    os.chmod(path, mode)

alembic = ["/usr/bin/python3", "-m", "alembic"]
subprocess.run(alembic + ["init", "migrations"], cwd=project, check=True, capture_output=True)
subprocess.run(alembic + ["revision", "-m", "first", "--rev-id", "aaaa1111"], cwd=project, check=True, capture_output=True)

CASES = {
    "failing editor": {"EDITOR": "false"},
    "editor exits 3": {"EDITOR": "<BIN>/exit3"},
    "editor killed": {"EDITOR": "<BIN>/killed"},
    "editor not executable": {"EDITOR": "<BIN>/noexec"},
    "editor is a folder": {"EDITOR": "<BIN>"},
    "editor path missing": {"EDITOR": "/nonexistent/ed"},
    "editor name missing": {"EDITOR": "nonexistent-ed"},
    "no editor set": {},
    "VISUAL when EDITOR is missing": {"EDITOR": "/nonexistent/ed", "VISUAL": "false"},
    "editor succeeds": {"EDITOR": "true"},
}


def placeholders(text):
    return (text.replace(project, "<PROJECT>").replace(bin_dir, "<BIN>").replace(pbin, "<PBIN>")
            .replace("aaaa1111_first.py", "aaaa1111_first<EXT>"))


out = {}
for name, env in CASES.items():
    env = {k: v.replace("<BIN>", bin_dir) for k, v in env.items()}
    p = subprocess.run(alembic + ["edit", "head"], cwd=project, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                       env={"PATH": pbin, **env})
    out[name] = {"exitCode": p.returncode, "stdout": placeholders(p.stdout), "stderr": placeholders(p.stderr)}
json.dump(out, open(os.path.join(HERE, "edit.alembic.json"), "w"), indent=1)
subprocess.run(["rm", "-rf", work], check=True)
