// Structural checks of the recorded revision-graph corpus (see FORMAT.md).
// This does not run Retort: it only guards the fixtures the graph harness replays.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const casesDir = join(dirname(fileURLToPath(import.meta.url)), "cases");
const caseFiles = readdirSync(casesDir)
  .filter((f) => f.endsWith(".json"))
  .sort();

type Json = unknown;
const isRecord = (v: Json): v is Record<string, Json> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isStringArray = (v: Json): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === "string");
// A revision identifier field is written as a Python literal: str, tuple or None.
const isIdField = (v: Json): boolean => v === null || typeof v === "string" || isStringArray(v);

const MODES = new Set(["graph", "offline", "online"]);

function checkRevision(rev: Json, locations: number, where: string): void {
  assert.ok(isRecord(rev), `${where}: revision is an object`);
  assert.equal(typeof rev.revision, "string", `${where}: revision`);
  for (const key of ["downRevision", "branchLabels", "dependsOn"]) {
    assert.ok(isIdField(rev[key]), `${where}: ${key} is null, a string or a string array`);
  }
  assert.ok(Number.isInteger(rev.location), `${where}: location`);
  assert.ok((rev.location as number) >= 0 && (rev.location as number) < locations, `${where}: location in range`);
  for (const key of ["message", "fileName", "docstring"]) {
    assert.equal(typeof rev[key], "string", `${where}: ${key}`);
  }
  assert.ok(!(rev.fileName as string).includes("."), `${where}: fileName has no extension`);
  assert.ok(!(rev.docstring as string).includes("*/"), `${where}: docstring fits in a /** */ comment`);
  assert.ok((rev.docstring as string).includes(`Revision ID: ${rev.revision as string}\n`), `${where}: docstring names the revision`);
  for (const key of ["upgradeSql", "downgradeSql"]) {
    assert.ok(rev[key] === null || typeof rev[key] === "string", `${where}: ${key}`);
  }
}

function checkStep(step: Json, where: string): void {
  assert.ok(isRecord(step), `${where}: step is an object`);
  assert.ok(isStringArray(step.argv) && step.argv.length > 0, `${where}: argv`);
  assert.ok(MODES.has(step.mode as string), `${where}: mode`);
  assert.ok(Number.isInteger(step.exitCode), `${where}: exitCode`);
  assert.equal(typeof step.stdout, "string", `${where}: stdout`);
  assert.equal(typeof step.stderr, "string", `${where}: stderr`);
  if (step.mode === "online") assert.ok(isStringArray(step.runLog), `${where}: runLog`);
  else assert.equal(step.runLog, null, `${where}: runLog is null off line`);
  assert.ok(isStringArray(step.warnings), `${where}: warnings`);
  if (step.mode === "online") {
    assert.ok(isStringArray(step.versionTable), `${where}: online versionTable is a list`);
    const rows = step.versionTable as string[];
    assert.deepEqual(rows, [...rows].sort(), `${where}: versionTable is sorted`);
  } else {
    assert.equal(step.versionTable, null, `${where}: versionTable is null off line`);
  }
  if (step.alembicCrashed !== undefined) {
    assert.equal(step.alembicCrashed, true, `${where}: alembicCrashed`);
    assert.equal(typeof step.exception, "string", `${where}: exception`);
  } else {
    assert.ok(step.exitCode === 0 || step.exitCode === 255, `${where}: exit 0 or 255 (FAILED)`);
    if (step.exitCode === 255) {
      assert.match(step.stdout as string, /^FAILED: /m, `${where}: FAILED line on stdout`);
    }
  }
  if (step.hashOrderDependent !== undefined) {
    assert.equal(step.hashOrderDependent, true, `${where}: hashOrderDependent`);
  }
  for (const text of [step.stdout, step.stderr] as string[]) {
    assert.ok(!/\/tmp\/retort-graph-/.test(text), `${where}: absolute project path normalised`);
  }
}

test("the corpus has a few hundred cases", () => {
  assert.ok(caseFiles.length >= 250, `found ${caseFiles.length} cases`);
});

test("every fixture has the documented structure", () => {
  for (const file of caseFiles) {
    const data: Json = JSON.parse(readFileSync(join(casesDir, file), "utf8"));
    assert.ok(isRecord(data), `${file}: case is an object`);
    assert.equal(`${data.name as string}.json`, file, `${file}: name matches the file`);
    assert.ok(isStringArray(data.shapes), `${file}: shapes`);
    assert.equal(typeof data.online, "boolean", `${file}: online`);
    assert.ok(isStringArray(data.versionLocations), `${file}: versionLocations`);
    const locations = data.versionLocations as string[];
    assert.equal(locations[0], "versions", `${file}: first location is versions`);
    assert.ok(Array.isArray(data.revisions), `${file}: revisions`);
    (data.revisions as Json[]).forEach((rev, i) => checkRevision(rev, locations.length, `${file} revision ${i}`));
    assert.ok(Array.isArray(data.steps) && data.steps.length > 0, `${file}: steps`);
    (data.steps as Json[]).forEach((step, i) => checkStep(step, `${file} step ${i}`));
    const fileNames = (data.revisions as { location: number; fileName: string }[]).map(
      (r) => `${r.location}/${r.fileName}`,
    );
    assert.equal(new Set(fileNames).size, fileNames.length, `${file}: file names are unique per folder`);
  }
});

test("the corpus covers the shapes it promises", () => {
  const shapes = new Set<string>();
  for (const file of caseFiles) {
    const data = JSON.parse(readFileSync(join(casesDir, file), "utf8")) as { shapes: string[] };
    for (const s of data.shapes) shapes.add(s);
  }
  for (const wanted of [
    "linear", "long-chain", "multi-head", "branchpoint", "merge", "merge2", "merge3",
    "merge-of-merges", "diamond", "depends-on-revision", "depends-on-label", "branch-labels",
    "several-labels", "labels-inherited", "multi-base", "version-locations", "error",
  ]) {
    assert.ok(shapes.has(wanted), `shape ${wanted} is present`);
  }
});
