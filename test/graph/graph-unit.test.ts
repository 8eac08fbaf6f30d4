/**
 * Unit tests of the pure revision graph: literal graphs (like Alembic's tests/test_revision.py),
 * checked against what Alembic 1.8.1 itself answered for the same graphs. The graphs and those
 * answers live in graph-unit.json, written by graph-unit-record.py (run it with Debian's Python).
 */
import { readFileSync } from "node:fs";
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildRevisionMap, lazyRevisionMap } from "../../src/script/graph/revision-map.js";
import { planNewRevision } from "../../src/script/graph/new-revision.js";
import { longDoc, shortDoc } from "../../src/script/graph/describe.js";
import { comparePy } from "../../src/script/graph/py-set-order.js";
import { planDowngrade, planStamp, planUpgrade, type MigrationStep } from "../../src/runtime/steps.js";
import { updateToStep } from "../../src/runtime/head-maintainer.js";
import { formatBranches, formatCurrent, formatHeads, formatHistory, writeCurrent } from "../../src/script/format.js";
import type { Script } from "../../src/script/script.js";
import type { RevisionMap } from "../../src/script/graph/types.js";

interface LiteralRecord {
  revision: string;
  downRevision?: string | string[] | null;
  branchLabels?: string | string[] | null;
  dependsOn?: string | string[] | null;
  docstring?: string | null;
}
interface Graph {
  records: LiteralRecord[];
  expectError?: boolean;
  resolve?: string[];
  upgrade?: [string, string[]][];
  downgrade?: [string, string[]][];
  stamp?: [string[], string[], boolean][];
  history?: [string | null, string | null, boolean][];
  current?: string[][];
}
type Failure = { error: string };
type StepsResult = { steps: [string, string, (string | null)[][]][]; heads: string[] } | Failure;
interface Expected {
  buildError?: string | null;
  heads: string[];
  bases: string[];
  resolve: Record<string, string[] | Failure>;
  upgrade: StepsResult[];
  downgrade: StepsResult[];
  stamp: StepsResult[];
  history: (string | Failure)[];
  headsOut: string[];
  branchesOut: string[];
  current: string[][];
}

const fixture = JSON.parse(readFileSync(new URL("./graph-unit.json", import.meta.url), "utf8")) as {
  graphs: Record<string, Graph>;
  expected: Record<string, Expected>;
};

/** The records as the recorder gave them to Alembic: path /p/<rev>.py, docstring as given. */
const scripts = (g: Graph): Script[] =>
  g.records.map((r) => ({
    revision: r.revision,
    downRevision: r.downRevision ?? null,
    branchLabels: r.branchLabels ?? null,
    dependsOn: r.dependsOn ?? null,
    docstring: r.docstring ?? null,
    path: `/p/${r.revision}.py`,
  }));

const outcome = <T>(fn: () => T): T | Failure => {
  try {
    return fn();
  } catch (err) {
    return { error: (err as Error).message };
  }
};

/** Runs steps through the head maintainer as Alembic's HeadMaintainer would. */
function run(steps: readonly MigrationStep[], start: readonly string[]): StepsResult {
  let heads = start;
  const rows: [string, string, (string | null)[][]][] = [];
  for (const step of steps) {
    const u = updateToStep(heads, step);
    heads = u.heads;
    rows.push([
      step.description,
      step.shortLog,
      u.actions.map((a) => (a.kind === "update" ? ["update", a.from, a.to] : [a.kind, a.version])),
    ]);
  }
  return { steps: rows, heads: [...heads].sort() };
}

const stepsOutcome = (fn: () => readonly MigrationStep[], start: readonly string[]): StepsResult => {
  const r = outcome(fn);
  return "error" in r ? r : run(r, start);
};

for (const [name, graph] of Object.entries(fixture.graphs)) {
  const expected = fixture.expected[name] as Expected;
  if (graph.expectError) continue;
  test(`graph ${name}: matches Alembic 1.8.1`, async (t) => {
    const map = buildRevisionMap(scripts(graph)) as RevisionMap;
    await t.test("heads and bases", () => {
      assert.deepEqual(map.heads, expected.heads);
      assert.deepEqual(map.bases, expected.bases);
    });
    await t.test("every node and each of its lists is frozen", () => {
      for (const node of map.nodes) {
        assert.ok(Object.isFrozen(node), node.revision);
        for (const [field, value] of Object.entries(node)) if (Array.isArray(value)) assert.ok(Object.isFrozen(value), `${node.revision}.${field}`);
      }
    });
    await t.test("identifier resolution", () => {
      for (const id of graph.resolve ?? []) {
        const got = outcome(() => map.getRevisions(id).map((n) => n.revision));
        assert.deepEqual(got, expected.resolve[id], `resolving ${id}`);
      }
    });
    await t.test("upgrade, downgrade and stamp plans with version-table actions", () => {
      (graph.upgrade ?? []).forEach(([dest, cur], i) =>
        assert.deepEqual(stepsOutcome(() => planUpgrade(map, dest, cur), cur), expected.upgrade[i], `upgrade ${dest} from ${cur}`),
      );
      (graph.downgrade ?? []).forEach(([dest, cur], i) =>
        assert.deepEqual(stepsOutcome(() => planDowngrade(map, dest, cur), cur), expected.downgrade[i], `downgrade ${dest} from ${cur}`),
      );
      (graph.stamp ?? []).forEach(([dests, cur, purge], i) =>
        assert.deepEqual(
          stepsOutcome(() => planStamp(map, dests, cur, purge), purge ? [] : cur),
          expected.stamp[i],
          `stamp ${dests} from ${cur}`,
        ),
      );
    });
    await t.test("history, heads, branches, current text", () => {
      (graph.history ?? [[null, null, false]]).forEach(([base, head, verbose], i) => {
        const range = base === null && head === null ? null : `${base ?? ""}:${head ?? ""}`;
        assert.deepEqual(outcome(() => formatHistory(map, { range, verbose })), expected.history[i], `history ${range}`);
      });
      assert.equal(formatHeads(map), expected.headsOut[0]);
      assert.equal(formatHeads(map, { verbose: true }), expected.headsOut[1]);
      assert.equal(formatHeads(map, { resolveDependencies: true }), expected.headsOut[2]);
      assert.equal(formatBranches(map), expected.branchesOut[0]);
      assert.equal(formatBranches(map, { verbose: true }), expected.branchesOut[1]);
      (graph.current ?? []).forEach((cur, i) => {
        const ids = formatCurrent(map, cur).split("\n").filter(Boolean).map((l) => l.split(" ")[0]);
        assert.deepEqual(ids, expected.current[i]);
      });
    });
  });
}

test("invalid graphs fail with Alembic's messages", () => {
  const message = (name: string) => {
    const r = outcome(() => buildRevisionMap(scripts(fixture.graphs[name] as Graph)));
    assert.ok("error" in r, `${name} should fail`);
    return r.error;
  };
  for (const name of ["badChar", "cycle", "depCycle", "selfLoop", "labelIsId"]) {
    assert.equal(message(name), fixture.expected[name]?.buildError, name);
  }
  // Alembic names the two revisions in an order that follows memory addresses.
  assert.match(message("labelTwice"), /^Branch name 'x' in revision (aaaa|bbbb) already used by revision (aaaa|bbbb)$/);
  // Where Alembic only warns (and keeps the later file) or crashes with a KeyError, we fail clearly.
  assert.equal(fixture.expected.dupId?.buildError, null);
  assert.equal(message("dupId"), "Revision aaaa is present more than once");
  assert.equal(fixture.expected.missingDown?.buildError, "'bbbb'");
  assert.equal(message("missingDown"), "Revision bbbb referenced from aaaa is not present");
});

test("new revisions: parents, --splice and dependency checks (generate_revision)", () => {
  const map = buildRevisionMap(scripts(fixture.graphs.branches as Graph));
  assert.throws(
    () => planNewRevision(map, { revId: "ffff00000000" }),
    /^RetortError: Multiple heads are present; please specify the head revision on which the new revision should be based, or perform a merge\.$/,
  );
  assert.throws(
    () => planNewRevision(map, { revId: "ffff00000000", head: "0003" }),
    /Revision 0003cccccccc is not a head revision; please specify --splice to create a new branch from this revision/,
  );
  const spliced = planNewRevision(map, { revId: "ffff00000000", head: "0003", splice: true, dependsOn: ["shop", "0004"] });
  assert.equal(spliced.downRevision, "0003cccccccc");
  assert.deepEqual(spliced.dependsOn, ["shop", "0004dddddddd"]);
  const merge = planNewRevision(map, { revId: "ffff00000000", head: ["heads"] });
  assert.deepEqual(merge.downRevision, ["0006ffffffff", "0007abababab"]);
  assert.throws(() => planNewRevision(map, { revId: "ab-c" }), /Character\(s\) '-' not allowed in revision identifier 'ab-c'/);
  assert.throws(() => planNewRevision(map, { revId: "ffff00000000", head: ["0007", "0007abababab"] }), /Duplicate head revisions specified/);
});

test("a lazy map fails where Alembic first reads its graph (corpus case 237)", () => {
  // A revision that depends on its own branch label: a dependency cycle.
  const map = lazyRevisionMap([
    { revision: "a1", downRevision: null, branchLabels: null, dependsOn: null },
    { revision: "b2", downRevision: "a1", branchLabels: "reports", dependsOn: "reports" },
  ]);
  const cycle = /Dependency cycle is detected/;
  assert.deepEqual(map.getRevisions([]), []); // `show current` with no current heads
  assert.throws(() => planUpgrade(map, "-3", []), /Relative revision -3 didn't produce 3 migrations/);
  const out: string[] = [];
  assert.throws(() => writeCurrent((t) => out.push(t), map, [], { verbose: true, url: "u" }), cycle);
  assert.deepEqual(out, ["Current revision(s) for u:\n"]);
  assert.throws(() => map.getRevisions("base"), cycle);
  assert.throws(() => map.heads, cycle);
});

test("docstrings: longdoc is stripped, doc is its first paragraph", () => {
  const rec = { revision: "a", downRevision: null, branchLabels: null, dependsOn: null, docstring: "\n  Title line\n\nBody\n\n" };
  assert.equal(longDoc(rec), "Title line\n\nBody");
  assert.equal(shortDoc(rec), "Title line");
  assert.equal(shortDoc({ ...rec, docstring: null }), "");
});

test("Python string order", () => {
  // Python sorts by code point: U+10000 comes after U+FFFF (UTF-16 order says otherwise).
  assert.deepEqual(["\u{10000}", "\uffff", "a"].sort(comparePy), ["a", "\uffff", "\u{10000}"]);
});

test("10,000 revisions: build, plan, maintain heads, print, resolve", () => {
  const hex = (i: number) => i.toString(16).padStart(12, "0");
  const records = Array.from({ length: 10_000 }, (_, i) => ({
    revision: hex(i + 1),
    downRevision: i === 0 ? null : i % 100 === 50 ? [hex(i), hex(i - 10)] : hex(i),
    branchLabels: i === 0 ? "main" : null,
    dependsOn: i % 97 === 0 && i > 0 ? hex(i - 3) : null,
    docstring: `revision ${i}`,
    path: `/p/${hex(i + 1)}.ts`,
  }));
  const cpu0 = process.cpuUsage();
  const map = buildRevisionMap(records);
  const steps = planUpgrade(map, "heads", []);
  let heads: readonly string[] = [];
  for (const s of steps) heads = updateToStep(heads, s).heads;
  formatHistory(map);
  planDowngrade(map, "base", heads);
  assert.equal(map.getRevision("00000000138a")?.revision, "00000000138a");
  assert.equal(map.getRevision("main@head")?.revision, hex(10_000));
  const { user, system } = process.cpuUsage(cpu0);
  assert.equal(steps.length, 10_000);
  // A guard against quadratic walks (Alembic-style, they take minutes here): CPU time, which a
  // busy machine inflates far less than the clock.
  const cpuMs = (user + system) / 1000;
  assert.ok(cpuMs < 10_000, `took ${cpuMs.toFixed(0)} ms of CPU`);
});
