// Replays the recorded Alembic 1.8.1 revision-graph corpus (cases/*.json, see FORMAT.md) against
// Retort: one project per case, one PostgreSQL database per online case, every step compared
// (stdout, FAILED line and exit code, `Running ...` log lines, version table rows).
//
// Environment knobs: GRAPH_CASES=042,merge (only cases whose file name contains one of these),
// GRAPH_CONCURRENCY=n (cases at once, default 6), GRAPH_CLI=1 (run `node bin/retort.js` as a
// subprocess per step instead of in process; needs `npm run build`), GRAPH_REPORT=path (where the
// summary is written; default <tmpdir>/retort-graph-summary.txt, overwritten by each run).
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { listCases, readCase } from "./harness/case.js";
import { replayCase, type CaseReport } from "./harness/replay.js";
import { describeStep, formatSummary } from "./harness/summary.js";

const casesDir = join(dirname(fileURLToPath(import.meta.url)), "cases");
const only = (process.env["GRAPH_CASES"] ?? "").split(",").filter(Boolean);
const runner = process.env["GRAPH_CLI"] ? "cli" : "in-process";
const concurrency = Number(process.env["GRAPH_CONCURRENCY"] ?? 6);
const reportPath = process.env["GRAPH_REPORT"] ?? join(tmpdir(), "retort-graph-summary.txt");
const files = listCases(casesDir, only);
const reports = new Map<string, CaseReport | Error>();

/** Runs `work` over `items` with at most `size` at once. */
async function pool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, lane));
}

describe("revision graph corpus replayed against Alembic 1.8.1", () => {
  // Cases run concurrently in one pool up front; each case's test then reports its result.
  before(async () => {
    const drops: Promise<void>[] = [];
    await pool(files, concurrency, async (file) => {
      try {
        reports.set(file, await replayCase(readCase(casesDir, file), runner, drops));
      } catch (err) {
        reports.set(file, err instanceof Error ? err : new Error(String(err)));
      }
    });
    await Promise.all(drops);
    const done = [...reports.values()].filter((r): r is CaseReport => !(r instanceof Error));
    const broken = [...reports].filter((e): e is [string, Error] => e[1] instanceof Error);
    const notRun = broken.length > 0 ? `${broken.length} cases did not run (${broken[0]![0]}: ${broken[0]![1].message})\n` : "";
    const summary = notRun + formatSummary(done);
    writeFileSync(reportPath, summary);
    console.log(summary.split("\n").slice(0, notRun ? 4 : 3).join("\n") + `\n(full summary: ${reportPath})`);
  });

  for (const file of files) {
    it(file.replace(/\.json$/, ""), () => {
      const report = reports.get(file);
      if (report === undefined) assert.fail("not run");
      if (report instanceof Error) throw report;
      const lines = report.steps.flatMap((s) => describeStep(report.name, s));
      if (lines.length > 0) {
        const failing = report.steps.filter((s) => s.diffs.length > 0).length;
        assert.fail(`${failing} of ${report.steps.length} steps differ from Alembic:\n${lines.slice(0, 8).join("\n")}`);
      }
    });
  }
});
