// Replays one corpus case against Retort: a fresh project and (for online cases) a fresh database.
import { mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createDatabase } from "../../support/pg.js";
import type { GraphCase, StepMode } from "./case.js";
import { compareStep, type Difference } from "./compare.js";
import { writeProject } from "./project.js";
import { failureClass, runInProcess, runSubprocess, type RunResult } from "./run-retort.js";

export interface StepReport {
  readonly index: number;
  readonly argv: readonly string[];
  readonly mode: StepMode;
  readonly hashOrderDependent: boolean;
  readonly alembicCrashed: boolean;
  readonly diffs: readonly Difference[];
}

export interface CaseReport {
  readonly name: string;
  readonly shapes: readonly string[];
  readonly steps: readonly StepReport[];
  readonly seconds: number;
}

export type Runner = "in-process" | "cli";

// Offline steps never connect: the URL only names the dialect.
const OFFLINE_URL = "postgresql://postgres@127.0.0.1:5432/retort_graph_offline_only";

/**
 * `drops` collects the case's DROP DATABASE, left running: each drop waits for a checkpoint
 * (over a second), and concurrent drops share one, so the caller awaits them all at the end.
 */
export async function replayCase(c: GraphCase, runner: Runner, drops: Promise<void>[]): Promise<CaseReport> {
  const started = performance.now();
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "retort-graph-")));
  const db = c.online ? await createDatabase("retort_graph") : null;
  const steps: StepReport[] = [];
  try {
    const ini = writeProject(dir, c, db?.url ?? OFFLINE_URL);
    for (const [index, step] of c.steps.entries()) {
      const argv = ["-c", ini, ...step.argv];
      const run: RunResult = runner === "cli" ? await runSubprocess(argv, dir) : await runInProcess(argv);
      const versionTable = step.mode === "online" && db ? await versionRows(db.query) : null;
      // The migrations only SELECT, so the version table is the whole database state: put back
      // what Alembic left, so one wrong step does not make every later step differ too.
      if (db && versionTable && step.versionTable && versionTable.join() !== step.versionTable.join()) {
        await setVersionRows(db.query, step.versionTable);
      }
      // Where Alembic crashed, tell a deliberate RetortError from an exception inside Retort.
      const cls = step.alembicCrashed && run.code === 1 && runner === "in-process" ? await failureClass(argv) : null;
      steps.push({
        index,
        argv: step.argv,
        mode: step.mode,
        hashOrderDependent: step.hashOrderDependent === true,
        alembicCrashed: step.alembicCrashed === true,
        diffs: compareStep(step, { run, versionTable, failureClass: cls }, dir, db?.name ?? null),
      });
    }
  } finally {
    if (db) drops.push(db.drop());
    rmSync(dir, { recursive: true, force: true });
  }
  return { name: c.name, shapes: c.shapes, steps, seconds: (performance.now() - started) / 1000 };
}

async function versionRows(query: (sql: string) => Promise<Record<string, unknown>[]>): Promise<string[]> {
  try {
    const rows = await query("SELECT version_num FROM alembic_version ORDER BY version_num");
    return rows.map((r) => String(r["version_num"]));
  } catch (err) {
    if ((err as { code?: string }).code === "42P01") return []; // no version table: as the recorder reports it
    throw err;
  }
}

async function setVersionRows(query: (sql: string, params?: unknown[]) => Promise<unknown>, rows: readonly string[]): Promise<void> {
  await query("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))");
  await query("DELETE FROM alembic_version");
  for (const row of rows) await query("INSERT INTO alembic_version (version_num) VALUES ($1)", [row]);
}
