// Projects on an embedded database (a PGlite data folder), and the processes that share them.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { RETORT_BIN } from "../support/cli.js";

export interface Run {
  readonly args: readonly string[];
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The history every test here uses: revision 2 is slow, so that others find the folder busy.
 * Its DDL is idempotent, so that a `stamp` among the commands never makes a later one fail.
 */
export const REVISIONS = [
  { id: "000000000001", table: "first_tbl", extra: "" },
  { id: "000000000002", table: "slow_tbl", extra: `\n  await op.execute("select pg_sleep(" + (process.env.SLOW_SECONDS ?? "1") + ")");` },
  { id: "000000000003", table: "third_tbl", extra: `\n  await op.execute("create index if not exists ix_third on third_tbl (note)");` },
] as const;

export const HEAD = REVISIONS[REVISIONS.length - 1]!.id;

/**
 * The runs of one test file share a cache folder (where the first new database is kept as an
 * image for the next ones), away from the user's own.
 */
const CACHE = mkdtempSync(join(tmpdir(), "retort-embedded-cache-"));
process.on("exit", () => rmSync(CACHE, { recursive: true, force: true }));

export interface Project {
  readonly dir: string;
  readonly dataDir: string;
  remove(): void;
}

/** A fresh project from `retort init` (the embedded template) with the three revisions. */
export function makeProject(prefix: string): Project {
  const dir = mkdtempSync(join(tmpdir(), `retort-${prefix}-`));
  const init = spawnSync(process.execPath, [RETORT_BIN, "init", "migrations"], { cwd: dir, encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: CACHE } });
  if (init.status !== 0) throw new Error(`init failed: ${init.stderr}`);
  for (const [i, r] of REVISIONS.entries()) {
    const down = i === 0 ? "null" : JSON.stringify(REVISIONS[i - 1]!.id);
    writeFileSync(
      join(dir, "migrations", "versions", `${r.id}_${r.table}.ts`),
      `/**\n * ${r.table}\n *\n * Revision ID: ${r.id}\n */\nimport { op } from "retort-migrate";\n\n` +
        `export const revision = "${r.id}";\nexport const downRevision: string | null = ${down};\nexport const branchLabels = null;\nexport const dependsOn = null;\n\n` +
        `export async function upgrade(): Promise<void> {\n  await op.execute("create table if not exists ${r.table} (id integer primary key, note varchar(20))");${r.extra}\n}\n\n` +
        `export async function downgrade(): Promise<void> {\n  await op.execute("drop table if exists ${r.table}");\n}\n`,
    );
  }
  return { dir, dataDir: join(dir, ".retort-data"), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A `retort` process in `project`, with a temporary folder and a cache folder of its own (so what
 * it leaves there shows); `done` resolves when it exits, or rejects after `limitMs`, killing it.
 */
export function startRetort(
  project: Project,
  args: readonly string[],
  options: { env?: Record<string, string>; limitMs?: number; onStderr?: (stderr: string, child: ChildProcess) => void } = {},
): { child: ChildProcess; done: Promise<Run> } {
  const tmp = join(project.dir, "tmp");
  mkdirSync(tmp, { recursive: true });
  const env = { ...process.env, TMPDIR: tmp, XDG_CACHE_HOME: CACHE, ...options.env };
  const child = spawn(process.execPath, [RETORT_BIN, ...args], { cwd: project.dir, env });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => {
    stderr += d.toString();
    options.onStderr?.(stderr, child);
  });
  // A hang detector: a busy 2-core machine has taken over a minute to start a PGlite run.
  const limitMs = options.limitMs ?? 150_000;
  const done = new Promise<Run>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`retort ${args.join(" ")} did not exit within ${limitMs} ms; stderr so far:\n${stderr}`));
    }, limitMs);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ args, status, signal, stdout, stderr });
    });
  });
  return { child, done };
}

export function runRetort(project: Project, args: readonly string[], options: { env?: Record<string, string>; limitMs?: number } = {}): Promise<Run> {
  return startRetort(project, args, options).done;
}

/** What runs left in their temporary folder: nothing, if they cleaned up. */
export function leftInTmp(project: Project): string[] {
  try {
    return readdirSync(join(project.dir, "tmp"));
  } catch {
    return [];
  }
}

/** The lines a run wrote to stderr, other than log lines. */
export function problems(run: Run): string[] {
  return run.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("INFO "));
}

export interface Snapshot {
  readonly versions: string[];
  /** Tables, indexes, sequences and types of the public schema, and the columns of its tables. */
  readonly catalog: string[];
  /** Names that pg_type holds more than once in one schema: an inconsistent catalog. */
  readonly duplicateTypes: string[];
}

/** Open the folder with PGlite itself (no Retort in between) and read what is in it. */
export async function snapshot(dataDir: string): Promise<Snapshot> {
  const db = await PGlite.create(dataDir);
  try {
    const rows = async (sql: string): Promise<string[]> => (await db.query<{ v: string }>(sql)).rows.map((r) => r.v);
    const hasVersionTable = (await rows(`select to_regclass('public.retort_version')::text as v`))[0] !== null;
    return {
      versions: hasVersionTable ? await rows(`select version_num as v from retort_version order by 1`) : [],
      catalog: [
        ...(await rows(`select c.relkind::text || ' ' || c.relname as v from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' order by 1`)),
        ...(await rows(`select 'type ' || t.typname as v from pg_type t join pg_namespace n on n.oid = t.typnamespace where n.nspname = 'public' order by 1`)),
        ...(await rows(
          `select 'column ' || a.attrelid::regclass::text || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || case when a.attnotnull then ' not null' else '' end as v ` +
            `from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped order by 1`,
        )),
      ],
      duplicateTypes: await rows(`select typname || ' x' || count(*) as v from pg_type group by typnamespace, typname having count(*) > 1`),
    };
  } finally {
    await db.close();
  }
}

/** Tables the catalog holds, of those the revisions create. */
export function revisionTables(s: Snapshot): string[] {
  return REVISIONS.filter((r) => s.catalog.includes(`r ${r.table}`)).map((r) => r.table);
}
