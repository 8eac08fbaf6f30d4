/*
 * One embedded data folder, several processes. PGlite is PostgreSQL in one process, so two of them
 * on one folder corrupt it; Retort runs its commands on a folder one at a time, under a lock that
 * dies with its holder, and refuses a folder another program has open. Real processes, real
 * PGlite, a slow migration among them; what is left in the folder is read back with PGlite itself.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { HEAD, REVISIONS, leftInTmp, makeProject, problems, revisionTables, runRetort, snapshot, startRetort, type Project, type Run, type Snapshot } from "./support.js";

const FIRST = REVISIONS[0].id;
const LIMIT_MS = 300_000; // a hang detector: 8 PGlite processes in turn have taken 3 minutes on a busy machine

/** The catalog of a folder that went straight to head, to compare the shared folders with. */
let clean: Snapshot;
const projects: Project[] = [];

before(async () => {
  const p = makeProject("embedded-clean");
  projects.push(p);
  const r = await runRetort(p, ["upgrade", "head"], { env: { SLOW_SECONDS: "0" } });
  assert.equal(r.status, 0, r.stderr);
  clean = await snapshot(p.dataDir);
  assert.deepEqual(clean.versions, [HEAD]);
});

after(() => {
  for (const p of projects) p.remove();
});

/** A state is the one revision the version table holds ("" for none): the history is linear. */
type State = string;
interface Step {
  readonly from: State | null; // null: the command changed nothing and did not say where it was
  readonly to: State;
}

/** What one finished command did, read from what it printed. */
function stepOf(run: Run): Step {
  const moves = [...run.stderr.matchAll(/Running (?:upgrade|downgrade|stamp_revision) (\w*) -> (\w*)/g)].map((m) => [m[1]!, m[2]!] as const);
  if (moves.length > 0) return { from: moves[0]![0], to: moves[moves.length - 1]![1] };
  const verb = run.args[0];
  if (verb === "current") {
    const state = run.stdout.trim().split(/\s/)[0] ?? "";
    return { from: state, to: state };
  }
  // upgrade head, downgrade X and stamp X that did nothing were already at their target.
  const target = run.args[1] === "head" ? HEAD : run.args[1]!;
  return { from: target, to: target };
}

/**
 * Whether the commands can be put in one order in which each started where the one before it
 * ended, from `initial` to `final`: what running them one at a time means. Overlapping commands
 * on one folder break it (a migration reported applied, then lost).
 */
function oneAtATime(steps: readonly Step[], initial: State, final: State): boolean {
  const seen = new Set<string>();
  const search = (used: number, state: State): boolean => {
    if (used === (1 << steps.length) - 1) return state === final;
    const key = `${used}:${state}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return steps.some((s, i) => (used & (1 << i)) === 0 && (s.from === null || s.from === state) && search(used | (1 << i), s.to));
  };
  return search(0, initial);
}

const MIX: readonly (readonly string[])[] = [["upgrade", "head"], ["current"], ["downgrade", FIRST], ["stamp", FIRST], ["upgrade", "head"], ["current"], ["downgrade", FIRST], ["upgrade", "head"]];

for (const n of [2, 4, 8]) {
  test(`${n} processes started together on one folder run one at a time, and the folder stays whole`, { timeout: LIMIT_MS }, async () => {
    const p = makeProject(`embedded-${n}`);
    projects.push(p);
    const first = await runRetort(p, ["upgrade", FIRST]);
    assert.equal(first.status, 0, first.stderr);

    const runs = await Promise.all(MIX.slice(0, n).map((args) => runRetort(p, args, { limitMs: LIMIT_MS })));
    for (const r of runs) {
      assert.equal(r.status, 0, `retort ${r.args.join(" ")}: ${r.stderr}`);
      // At most one line says that it waits, and for which process.
      const other = problems(r);
      assert.ok(other.length <= 1 && other.every((l) => /^Waiting for process \d+ \(.*\), which has the embedded database at .* open \.\.\.$/.test(l)), other.join("\n"));
    }
    assert.ok(runs.some((r) => problems(r).length === 1), "with a slow migration running, some command had to wait");

    const after = await snapshot(p.dataDir);
    assert.deepEqual(after.duplicateTypes, []);
    assert.equal(after.versions.length, 1);
    const steps = runs.map(stepOf);
    assert.ok(oneAtATime(steps, FIRST, after.versions[0]!), `no serial order explains ${JSON.stringify(steps)} ending at ${after.versions[0]}`);

    const last = await runRetort(p, ["upgrade", "head"], { env: { SLOW_SECONDS: "0" } });
    assert.equal(last.status, 0, last.stderr);
    assert.deepEqual(await snapshot(p.dataDir), clean);
    assert.deepEqual(leftInTmp(p), []);
  });
}

test("every upgrade a process reports is in the folder afterwards, applied once", { timeout: LIMIT_MS }, async () => {
  const p = makeProject("embedded-upgrades");
  projects.push(p);
  const runs = await Promise.all([["upgrade", "head"], ["upgrade", "head"], ["current"], ["upgrade", "head"]].map((args) => runRetort(p, args, { limitMs: LIMIT_MS })));
  for (const r of runs) assert.equal(r.status, 0, r.stderr);
  const reported = runs.flatMap((r) => [...r.stderr.matchAll(/Running upgrade (\w*) -> (\w*)/g)].map((m) => m[2]));
  assert.deepEqual(reported.sort(), REVISIONS.map((r) => r.id));
  const s = await snapshot(p.dataDir);
  assert.deepEqual(s.versions, [HEAD]);
  assert.deepEqual(revisionTables(s), REVISIONS.map((r) => r.table));
  assert.deepEqual(s, clean);
});

describe("waiting for the folder", () => {
  let p: Project;
  before(async () => {
    p = makeProject("embedded-wait");
    projects.push(p);
    assert.equal((await runRetort(p, ["upgrade", FIRST])).status, 0);
  });

  /** Start a slow upgrade and resolve once it is inside the slow migration. */
  async function slowUpgrade(seconds: number): Promise<{ pid: number; done: Promise<Run> }> {
    let inside!: () => void;
    const reached = new Promise<void>((resolve) => (inside = resolve));
    const { child, done } = startRetort(p, ["upgrade", "head"], {
      env: { SLOW_SECONDS: String(seconds) },
      onStderr: (text) => text.includes("Running upgrade 000000000001 -> 000000000002") && inside(),
    });
    await Promise.race([reached, done.then((r) => assert.fail(`the slow upgrade ended early: ${r.stderr}`))]);
    return { pid: child.pid!, done };
  }

  test("--lock-timeout 0 fails at once and names the holder; a timeout gives up after it; the default waits", { timeout: LIMIT_MS }, async () => {
    // The holder outlasts the checks below however slow the machine; "at once" is well under its 20 s.
    const holder = await slowUpgrade(20);
    const started = performance.now();
    const now = await runRetort(p, ["--lock-timeout", "0", "current"]);
    assert.equal(now.status, 1);
    assert.deepEqual(problems(now), [`FAILED: The embedded database at ${p.dataDir} is in use by process ${holder.pid} (node retort.js upgrade head)`]);
    // At once: the holder is still running, so the refusal did not wait for it to let go.
    let holderRunning = true;
    void holder.done.then(() => (holderRunning = false));
    await new Promise((r) => setImmediate(r));
    assert.ok(holderRunning, `the refusal came only after the holder ended (${performance.now() - started} ms)`);

    const brief = await runRetort(p, ["current", "--lock-timeout", "0.5"]);
    assert.equal(brief.status, 1);
    assert.match(problems(brief).at(-1)!, /^FAILED: The embedded database at .* is in use by process \d+ \(.*\); gave up after 0\.5 s \(lock_timeout\)$/);

    const waiting = await runRetort(p, ["current"]);
    const upgraded = await holder.done;
    assert.equal(upgraded.status, 0, upgraded.stderr);
    assert.equal(waiting.status, 0, waiting.stderr);
    assert.equal(waiting.stdout, `${HEAD} (head)\n`);
    assert.match(waiting.stderr, new RegExp(`^Waiting for process ${holder.pid} \\(`, "m"));
  });
});
