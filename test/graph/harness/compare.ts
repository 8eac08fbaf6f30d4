// Compares one Retort run of a step with what Alembic 1.8.1 recorded (FORMAT.md, "Errors").
import type { CaseStep } from "./case.js";
import type { RunResult } from "./run-retort.js";

export type DiffKind =
  | "exit code"
  | "stdout"
  | "FAILED line"
  | "run log"
  | "version table"
  | "unclean failure"
  | "harness";

export interface Difference {
  readonly kind: DiffKind;
  /** One line: where the outputs first part, or what was wrong. */
  readonly detail: string;
}

export interface Observed {
  readonly run: RunResult;
  /** Sorted version_num rows after an online step; null otherwise. */
  readonly versionTable: readonly string[] | null;
  /** For a step Alembic crashed on and Retort failed: "RetortError" or the other error's class. */
  readonly failureClass: string | null;
}

const RUN_LOG = /^INFO {2}\[retort\.runtime\.migration\] (Running .*)$/gm;
const FAILED = /^FAILED: .*$/gm;

/** Alembic's recorded text with the placeholders filled in for this project. */
// The recorder also writes <DATABASE> for its per-case database name (record.py normalise()).
export const denormalise = (text: string, projectDir: string, database: string | null): string => {
  const filled = text.replaceAll("<PROJECT>", projectDir).replaceAll("<EXT>", ".ts");
  return database === null ? filled : filled.replaceAll("<DATABASE>", database);
};

export function runLogOf(stderr: string): string[] {
  return [...stderr.matchAll(RUN_LOG)].map((m) => m[1] ?? "");
}

export function compareStep(step: CaseStep, seen: Observed, projectDir: string, database: string | null): Difference[] {
  const { run } = seen;
  if (run.thrown !== undefined) return [{ kind: "harness", detail: `main() threw: ${String(run.thrown).split("\n")[0]}` }];
  const failedLines = run.stderr.match(FAILED) ?? [];
  if (step.alembicCrashed) {
    // Alembic has no defined answer: Retort must only fail cleanly (FORMAT.md, "Errors").
    if (run.code !== 1) return [{ kind: "unclean failure", detail: `Alembic crashed (${step.exception}); Retort exited ${run.code}` }];
    if (failedLines.length !== 1) return [{ kind: "unclean failure", detail: `Alembic crashed (${step.exception}); Retort printed ${failedLines.length} FAILED lines` }];
    if (seen.failureClass !== null && seen.failureClass !== "RetortError") {
      return [{ kind: "unclean failure", detail: `Alembic crashed (${step.exception}); Retort threw ${seen.failureClass}` }];
    }
    return compareVersionTable(step, seen);
  }
  // Where Alembic only warned (a duplicate revision id), Retort stops with that warning as its
  // error (issue 4): the step then passes when Retort fails cleanly with exactly that message.
  if (run.code === 1 && failedLines.length === 1 && step.warnings.some((w) => failedLines[0] === `FAILED: ${w}`)) {
    return compareVersionTable(step, seen);
  }
  const diffs: Difference[] = [];
  // Alembic's own output changed with PYTHONHASHSEED here: compare orders loosely (FORMAT.md).
  const loose = step.hashOrderDependent === true;
  const expected = denormalise(step.stdout, projectDir, database);
  const failedAt = step.exitCode === 255 ? expected.search(/^FAILED: /m) : -1;
  const expectedOut = failedAt >= 0 ? expected.slice(0, failedAt) : expected;
  const expectedCode = step.exitCode === 255 ? 1 : step.exitCode;
  if (run.code !== expectedCode) {
    const why = run.code === 0 ? "" : `: ${failedLines[0] ?? run.stderr.trim().split("\n").pop() ?? ""}`;
    diffs.push({ kind: "exit code", detail: `expected ${expectedCode}, got ${run.code}${why}` });
  }
  if (failedAt >= 0 && run.code !== 0) {
    const want = expected.slice(failedAt).trimEnd();
    const got = failedLines.join(" | ");
    if (got !== want && !(loose && sameList(words(got), words(want)))) diffs.push({ kind: "FAILED line", detail: `expected ${JSON.stringify(want)}, got ${JSON.stringify(got || run.stderr.trim())}` });
  }
  if (run.stdout !== expectedOut && !(loose && sameList(sortedLines(run.stdout), sortedLines(expectedOut)))) {
    diffs.push({ kind: "stdout", detail: firstDifference(expectedOut, run.stdout) });
  }
  const log = runLogOf(run.stderr);
  if (step.runLog && !sameList(log, step.runLog) && !(loose && sameList([...log].sort(), [...step.runLog].sort()))) {
    diffs.push({ kind: "run log", detail: firstListDifference(step.runLog, log) });
  }
  return [...diffs, ...compareVersionTable(step, seen)];
}

function compareVersionTable(step: CaseStep, seen: Observed): Difference[] {
  if (step.versionTable === null || seen.versionTable === null) return [];
  if (sameList(step.versionTable, seen.versionTable)) return [];
  return [{ kind: "version table", detail: `expected [${step.versionTable.join(", ")}], got [${seen.versionTable.join(", ")}]` }];
}

const sortedLines = (text: string): string[] => text.split("\n").sort();
const words = (text: string): string[] => text.split(/[\s,]+/).sort();
const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function firstListDifference(want: readonly string[], got: readonly string[]): string {
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) return `entry ${i + 1}: expected ${JSON.stringify(want[i] ?? "<none>")}, got ${JSON.stringify(got[i] ?? "<none>")}`;
  }
  return "same";
}

/** "line N: expected ..., got ..." for the first line where two texts part. */
export function firstDifference(want: string, got: string): string {
  const a = want.split("\n");
  const b = got.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const show = (s: string | undefined): string => (s === undefined ? "<end of output>" : JSON.stringify(s));
      return `line ${i + 1}: expected ${show(a[i])}, got ${show(b[i])}`;
    }
  }
  return "same";
}
