// A project of 50 revisions, each appending one row to a log table with no unique key (so a
// revision applied twice shows as two rows), and `retort` processes started on it at once.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RETORT_BIN } from "../support/cli.js";

export const REVISIONS = 50;
export const revId = (i: number): string => `c0ffee${String(i).padStart(6, "0")}`;
export const HEAD = revId(REVISIONS);

/** Where the runs keep the embedded database's image, away from the user's cache. */
const CACHE = mkdtempSync(join(tmpdir(), "retort-concurrency-cache-"));
process.on("exit", () => rmSync(CACHE, { recursive: true, force: true }));

export interface Project {
  readonly dir: string;
  remove(): void;
}

/**
 * `retort init -t generic` on `url`, env.ts taking transaction-per-migration from
 * `-x per_migration=1`. Revision 1 creates `applied_log` (IF NOT EXISTS: on MySQL a run killed
 * between it and its journal entry runs it again on --resume); every revision then inserts one
 * row naming itself: one statement each, so a run killed anywhere can be resumed exactly.
 * `slowSql`, when given, runs before each insert (to give a kill test time to land).
 */
export function makeProject(url: string, o: { slowSql?: string } = {}): Project {
  const dir = mkdtempSync(join(tmpdir(), "retort-concurrency-"));
  const init = spawnSync(process.execPath, [RETORT_BIN, "init", "-t", "generic", "migrations"], { cwd: dir, encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: CACHE } });
  if (init.status !== 0) throw new Error(`init failed: ${init.stderr}`);
  const ini = join(dir, "retort.ini");
  // `{dir}` in the URL is the project's folder (an absolute SQLite path, for runs in another working folder).
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${url.replace("{dir}", dir)}`));
  const env = join(dir, "migrations", "env.ts");
  const configure = "context.configure({ connection, targetMetadata });";
  const text = readFileSync(env, "utf8");
  if (!text.includes(configure)) throw new Error("the generic env.ts changed: update makeProject");
  const perMigration = `transactionPerMigration: context.getXArgument({ asDictionary: true })["per_migration"] === "1"`;
  writeFileSync(env, text.replace(configure, `context.configure({ connection, targetMetadata, ${perMigration} });`));
  for (let i = 1; i <= REVISIONS; i++) {
    const create = i === 1 ? `  await op.execute("CREATE TABLE IF NOT EXISTS applied_log (rev VARCHAR(32) NOT NULL)");\n` : "";
    const slow = o.slowSql ? `  await op.execute(${JSON.stringify(o.slowSql)});\n` : "";
    writeFileSync(
      join(dir, "migrations", "versions", `${revId(i)}_step.ts`),
      `import { op } from "retort-migrate";\n\nexport const revision = "${revId(i)}";\n` +
        `export const downRevision: string | null = ${i === 1 ? "null" : JSON.stringify(revId(i - 1))};\n` +
        `export const branchLabels = null;\nexport const dependsOn = null;\n\n` +
        `export async function upgrade(): Promise<void> {\n${create}${slow}  await op.execute("INSERT INTO applied_log (rev) VALUES ('${revId(i)}')");\n}\n\n` +
        `export async function downgrade(): Promise<void> {\n  await op.execute("DELETE FROM applied_log WHERE rev = '${revId(i)}'");\n}\n`,
    );
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Exit {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Running {
  readonly pid: number;
  /** Resolves once stderr has a line containing `text`. */
  firstLine(text: string): Promise<void>;
  kill(signal: NodeJS.Signals): void;
  readonly exited: Promise<Exit>;
}

/** `retort ARGS` in the project, without waiting; killed if it runs past `limitMs`. */
export function startRetort(project: Project, args: readonly string[], limitMs = 400_000): Running {
  const child = spawn(process.execPath, [RETORT_BIN, ...args], { cwd: project.dir, env: { ...process.env, XDG_CACHE_HOME: CACHE } });
  let stdout = "";
  let stderr = "";
  const waiting: { text: string; resolve: () => void }[] = [];
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
    for (const w of waiting.filter((x) => stderr.includes(x.text))) waiting.splice(waiting.indexOf(w), 1) && w.resolve();
  });
  const exited = new Promise<Exit>((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr });
    });
  });
  const firstLine = (text: string): Promise<void> => (stderr.includes(text) ? Promise.resolve() : new Promise((resolve) => waiting.push({ text, resolve })));
  return { pid: child.pid!, kill: (s) => void child.kill(s), exited, firstLine };
}

/** N processes of `retort ARGS` started together. */
export function runTogether(project: Project, n: number, args: readonly string[]): Promise<Exit[]> {
  return Promise.all(Array.from({ length: n }, () => startRetort(project, args).exited));
}

/** The log's rows counted by revision: each revision applied exactly once gives REVISIONS rows of 1. */
export function countsByRevision(rows: readonly Record<string, unknown>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(String(r["rev"]), (counts.get(String(r["rev"])) ?? 0) + 1);
  return counts;
}

export function expectedCounts(): Map<string, number> {
  return new Map(Array.from({ length: REVISIONS }, (_, i) => [revId(i + 1), 1]));
}

export const ERROR_LINES = (stderr: string): string[] => stderr.split("\n").filter((l) => l !== "" && !l.startsWith("INFO "));
