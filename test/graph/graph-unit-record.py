#!/usr/bin/python3
"""Record the expectations of test/graph/graph-unit.test.ts from real Alembic 1.8.1.

    /usr/bin/python3 test/graph/graph-unit-record.py

Builds each literal graph below with Alembic's own RevisionMap / ScriptDirectory / HeadMaintainer
(scripts are in-memory modules), with the recorder patches of record.py (sorted children,
labels, `current`, merge row choice: test/graph/FORMAT.md) and PYTHONHASHSEED=0, and writes
graph-unit.json: the graphs and what Alembic answered.
"""

import json
import os
import subprocess
import sys
import types
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))

if os.environ.get("PYTHONHASHSEED") != "0":
    env = dict(os.environ, PYTHONHASHSEED="0")
    sys.exit(subprocess.call([sys.executable, os.path.abspath(__file__)] + sys.argv[1:], env=env))

warnings.simplefilter("ignore")
sys.path.insert(0, HERE)
import record  # noqa: E402

record.patch_alembic()

from alembic.runtime.migration import HeadMaintainer  # noqa: E402
from alembic.script import revision as R  # noqa: E402
from alembic.script.base import Script, ScriptDirectory  # noqa: E402

GRAPHS = json.loads(r"""
{
 "linear": {"records": [
   {"revision": "1a2b3c4d5e6f", "docstring": "create account table\n\nRevision ID: 1a2b3c4d5e6f\nRevises: \n"},
   {"revision": "27c6a30d7c24", "downRevision": "1a2b3c4d5e6f", "docstring": "add a column"},
   {"revision": "ae1027a6acf9", "downRevision": "27c6a30d7c24", "docstring": null}],
  "resolve": ["head", "heads", "base", "27c6", "27c", "ae1027a6acf9", "zzzz", "-1", "ae10-1", "1a2b+2", "head-1"],
  "upgrade": [["head", []], ["+1", ["1a2b3c4d5e6f"]], ["ae10", ["1a2b3c4d5e6f"]], ["+5", []], ["1a2b", ["ae1027a6acf9"]]],
  "downgrade": [["base", ["ae1027a6acf9"]], ["-1", ["ae1027a6acf9"]], ["-4", ["ae1027a6acf9"]], ["ae10", ["1a2b3c4d5e6f"]]],
  "stamp": [[["27c6"], ["ae1027a6acf9"], false], [["base"], ["ae1027a6acf9"], false], [["head"], [], false], [["1a2b"], ["ae1027a6acf9"], true]],
  "history": [[null, null, false], [null, null, true], ["27c6", null, false], ["-1", null, false], [null, "27c6", false], ["ae10", "1a2b", false]]
 },
 "branches": {"records": [
   {"revision": "0001aaaaaaaa", "docstring": "base"},
   {"revision": "0002bbbbbbbb", "downRevision": "0001aaaaaaaa", "branchLabels": "shop", "docstring": "start shop"},
   {"revision": "0003cccccccc", "downRevision": "0001aaaaaaaa", "docstring": "start audit"},
   {"revision": "0004dddddddd", "downRevision": "0002bbbbbbbb", "docstring": "more shop"},
   {"revision": "0005eeeeeeee", "downRevision": "0003cccccccc", "docstring": "more audit"},
   {"revision": "0006ffffffff", "downRevision": ["0004dddddddd", "0005eeeeeeee"], "docstring": "merge heads"},
   {"revision": "0007abababab", "downRevision": "0003cccccccc", "docstring": "audit fork"}],
  "resolve": ["heads", "head", "shop@head", "shop@base", "shop", "shop@+1", "0007@head", "0004dddddddd@head", "shop@-1", "0005eeeeeeee@head", "0007-1", "000"],
  "upgrade": [["heads", []], ["shop@head", []], ["heads", ["0004dddddddd", "0005eeeeeeee"]], ["0006", ["0004dddddddd", "0007abababab"]], ["shop@+1", ["0001aaaaaaaa"]]],
  "downgrade": [["base", ["0006ffffffff", "0007abababab"]], ["0004", ["0006ffffffff"]], ["shop@base", ["0006ffffffff", "0007abababab"]], ["0001", ["0006ffffffff", "0007abababab"]]],
  "stamp": [[["0004"], ["0006ffffffff"], false], [["0007", "0006"], [], false], [["base"], ["0006ffffffff", "0007abababab"], false], [["heads"], ["0001aaaaaaaa"], false]],
  "history": [[null, null, false], [null, null, true], ["0003", null, false], ["shop@base", "shop@head", false]],
  "current": [["0004dddddddd", "0003cccccccc"], ["0006ffffffff", "0007abababab"]]
 },
 "deps": {"records": [
   {"revision": "a0000001", "docstring": "core"},
   {"revision": "b0000001", "branchLabels": ["lib"], "docstring": "lib base"},
   {"revision": "b0000002", "downRevision": "b0000001", "docstring": "lib two"},
   {"revision": "a0000002", "downRevision": "a0000001", "dependsOn": "lib", "docstring": "core needs lib"},
   {"revision": "a0000003", "downRevision": "a0000002", "dependsOn": ["b0000002", "b0000001"], "docstring": "core needs lib two"}],
  "resolve": ["heads", "lib@head", "lib@base", "a000", "b000"],
  "upgrade": [["heads", []], ["a0000002", []], ["lib@head", ["a0000002"]], ["a0000003", ["b0000001"]]],
  "downgrade": [["base", ["a0000003"]], ["lib@base", ["a0000003"]], ["b0000001", ["a0000003"]]],
  "stamp": [[["a0000003"], [], false], [["b0000002"], ["b0000001"], false]],
  "history": [[null, null, false], [null, null, true]],
  "current": [["a0000003"]]
 },
 "dupId": {"expectError": true, "records": [{"revision": "aaaa"}, {"revision": "aaaa"}]},
 "missingDown": {"expectError": true, "records": [{"revision": "aaaa", "downRevision": "bbbb"}]},
 "cycle": {"expectError": true, "records": [{"revision": "aaaa"}, {"revision": "bbbb", "downRevision": "cccc"}, {"revision": "cccc", "downRevision": "bbbb"}]},
 "depCycle": {"expectError": true, "records": [{"revision": "aaaa", "dependsOn": "cccc"}, {"revision": "bbbb", "downRevision": "aaaa"}, {"revision": "cccc", "downRevision": "bbbb"}]},
 "selfLoop": {"expectError": true, "records": [{"revision": "aaaa", "downRevision": "aaaa"}]},
 "labelTwice": {"expectError": true, "records": [{"revision": "aaaa", "branchLabels": "x"}, {"revision": "bbbb", "branchLabels": "x"}]},
 "labelIsId": {"expectError": true, "records": [{"revision": "aaaa"}, {"revision": "bbbb", "branchLabels": "aaaa"}]},
 "badChar": {"expectError": true, "records": [{"revision": "aa-b"}]}
}
""")


def mk_script(rec):
    m = types.ModuleType("m_" + rec["revision"])
    m.revision = rec["revision"]
    d = rec.get("downRevision")
    m.down_revision = tuple(d) if isinstance(d, list) else d
    b = rec.get("branchLabels"); m.branch_labels = tuple(b) if isinstance(b, list) else b
    dp = rec.get("dependsOn"); m.depends_on = tuple(dp) if isinstance(dp, list) else dp
    m.__doc__ = rec.get("docstring")
    def upgrade(): pass
    def downgrade(): pass
    m.upgrade = upgrade; m.downgrade = downgrade
    return Script(m, rec["revision"], rec.get("path", "/p/" + rec["revision"] + ".py"))

class Rec(HeadMaintainer):
    def __init__(self, heads):
        self.heads = set(heads); self.actions = []; self.order = list(heads)
    def _insert_version(self, v):
        assert v not in self.heads; self.heads.add(v); self.actions.append(["insert", v]); self.order.append(v)
    def _delete_version(self, v):
        self.heads.remove(v); self.actions.append(["delete", v]); self.order.remove(v)
    def _update_version(self, f, t):
        assert t not in self.heads; self.heads.remove(f); self.heads.add(t); self.actions.append(["update", f, t])
        self.order[self.order.index(f)] = t

def sd_for(recs):
    scripts = [mk_script(r) for r in recs]
    sd = ScriptDirectory.__new__(ScriptDirectory)
    sd.revision_map = R.RevisionMap(lambda: scripts)
    return sd

def steps(sd, kind, dest, cur, purge=False):
    try:
        if kind == "stamp":
            heads = () if purge else tuple(cur)
            st = sd._stamp_revs(tuple(dest), heads)
        else:
            heads = tuple(cur)
            st = (sd._upgrade_revs if kind == "up" else sd._downgrade_revs)(dest, heads)
        hm = Rec(heads); out = []
        for s in st:
            hm.actions = []; hm.update_to_step(s); out.append([str(s), s.short_log, hm.actions])
        return {"steps": out, "heads": sorted(hm.heads)}
    except Exception as e:
        return {"error": str(e)}

def hist(sd, base=None, head=None, verbose=False):
    try:
        return "".join(sc.cmd_format(verbose=verbose, include_branches=True, include_doc=True, include_parents=True) + "\n"
                       for sc in sd.walk_revisions(base=base or "base", head=head or "heads"))
    except Exception as e:
        return {"error": str(e)}

def heads_out(sd, verbose=False, resolve=False):
    hs = sd.get_revisions("heads") if resolve else sd.get_revisions(sd.get_heads())
    return "".join(r.cmd_format(verbose, include_branches=True, tree_indicators=False) + "\n" for r in hs)

def branches_out(sd, verbose=False):
    out = ""
    for sc in sd.walk_revisions():
        if sc.is_branch_point:
            out += "%s\n%s\n" % (sc.cmd_format(verbose, include_branches=True), "\n".join(
                "%s -> %s" % (" " * len(str(sc.revision)), rev_obj.cmd_format(False, include_branches=True, include_doc=verbose))
                for rev_obj in (sd.get_revision(rev) for rev in sc.nextrev))) + "\n"
    return out

def rev(sd, i):
    try:
        r = sd.get_revisions(i); return [x.revision for x in r]
    except Exception as e:
        return {"error": str(e)}

def build_err(recs):
    try:
        sd_for(recs).revision_map.heads; return None
    except Exception as e:
        return str(e)


def main():
    out = {}
    for name, g in GRAPHS.items():
        if "expectError" in g:
            out[name] = {"buildError": build_err(g["records"])}
            continue
        sd = sd_for(g["records"])
        res = {"heads": list(sd.revision_map.heads), "bases": list(sd.revision_map.bases)}
        res["resolve"] = {i: rev(sd, i) for i in g.get("resolve", [])}
        res["upgrade"] = [steps(sd, "up", d, c) for d, c in g.get("upgrade", [])]
        res["downgrade"] = [steps(sd, "down", d, c) for d, c in g.get("downgrade", [])]
        res["stamp"] = [steps(sd, "stamp", d, c, p) for d, c, p in g.get("stamp", [])]
        res["history"] = [hist(sd, b, h, v) for b, h, v in g.get("history", [[None, None, False]])]
        res["headsOut"] = [heads_out(sd, v, r) for v, r in [(False, False), (True, False), (False, True)]]
        res["branchesOut"] = [branches_out(sd, v) for v in (False, True)]
        res["current"] = [sorted(s.revision for s in sd.get_all_current(tuple(c))) for c in g.get("current", [])]
        out[name] = res
    with open(os.path.join(HERE, "graph-unit.json"), "w") as f:
        json.dump({"graphs": GRAPHS, "expected": out}, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
