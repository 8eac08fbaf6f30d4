// A project whose second revision runs a long statement, and a `retort` process to interrupt in it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RETORT_BIN } from "../support/cli.js";

export const REV1 = "000000000001";
export const REV2 = "000000000002";
export const REV3 = "000000000003";

/** Where the runs of one test file keep the embedded database's image, away from the user's cache. */
const CACHE = mkdtempSync(join(tmpdir(), "retort-interrupt-cache-"));
process.on("exit", () => rmSync(CACHE, { recursive: true, force: true }));

export interface Project {
  readonly dir: string;
  /** The temporary folder of the runs (their TMPDIR): what they leave in it shows. */
  readonly tmp: string;
  remove(): void;
}

/**
 * `retort init -t generic` pointed at `url`, with an env.ts that takes transaction-per-migration
 * from `-x per_migration=1` and no transactions at all (as on MySQL) from `-x no_transactions=1`,
 * and three revisions. The second one imports a module of the
 * project's own (so the bundler's service, a child process, is running), creates a table, runs
 * SLOW_SQL (default: pg_sleep for SLOW_SECONDS), then takes a value from a sequence: sequences
 * are not transactional, so the sequence shows whether the statement after the slow one ran.
 */
export function makeProject(url: string): Project {
  const dir = mkdtempSync(join(tmpdir(), "retort-interrupt-"));
  const tmp = join(dir, "tmp");
  mkdirSync(tmp);
  const init = spawnSync(process.execPath, [RETORT_BIN, "init", "-t", "generic", "migrations"], { cwd: dir, encoding: "utf8", env: { ...process.env, XDG_CACHE_HOME: CACHE } });
  if (init.status !== 0) throw new Error(`init failed: ${init.stderr}`);
  const ini = join(dir, "retort.ini");
  // script_location by %(here)s, so that a Config made in the test process finds it too.
  writeFileSync(ini, readFileSync(ini, "utf8").replace(/^url = .*$/m, `url = ${url}`).replace(/^script_location = migrations$/m, "script_location = %(here)s/migrations"));
  const env = join(dir, "migrations", "env.ts");
  const configure = "context.configure({ connection, targetMetadata });";
  const text = readFileSync(env, "utf8");
  if (!text.includes(configure)) throw new Error("the generic env.ts changed: update makeProject");
  const x = `context.getXArgument({ asDictionary: true })`;
  const options = `transactionPerMigration: ${x}["per_migration"] === "1", transactionalDdl: ${x}["no_transactions"] === "1" ? false : null`;
  writeFileSync(env, text.replace(configure, `context.configure({ connection, targetMetadata, ${options} });`));
  writeFileSync(
    join(dir, "migrations", "slow.ts"),
    `export const slowStatement: string = process.env.SLOW_SQL ?? "select pg_sleep(" + (process.env.SLOW_SECONDS ?? "30") + ")";\n`,
  );
  const revisions = [
    { id: REV1, down: null, imports: "", body: `await op.execute("create sequence tick");\n  await op.execute("create table first_tbl (id integer)");` },
    {
      id: REV2,
      down: REV1,
      imports: `import { slowStatement } from "../slow.js";\n`,
      body: `await op.execute("create table slow_tbl (id integer)");\n  await op.execute(slowStatement);\n  await op.execute("select nextval('tick')");`,
    },
    { id: REV3, down: REV2, imports: "", body: `await op.execute("create table third_tbl (id integer)");` },
  ];
  for (const r of revisions) {
    writeFileSync(
      join(dir, "migrations", "versions", `${r.id}_rev.ts`),
      `import { op } from "retort-migrate";\n${r.imports}\nexport const revision = "${r.id}";\nexport const downRevision: string | null = ${JSON.stringify(r.down)};\n` +
        `export const branchLabels = null;\nexport const dependsOn = null;\n\nexport async function upgrade(): Promise<void> {\n  ${r.body}\n}\n\nexport async function downgrade(): Promise<void> {}\n`,
    );
  }
  return { dir, tmp, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Exit {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** When it exited (performance.now()). */
  readonly at: number;
}

export interface Started {
  readonly child: ChildProcess;
  readonly exited: Promise<Exit>;
  /** Resolves with the stderr so far once it contains `text`. */
  stderrIncludes(text: string): Promise<string>;
}

/** `retort ARGS` in the project, its TMPDIR the project's tmp; killed if it runs past `limitMs`. */
export function startRetort(project: Project, args: readonly string[], env: Record<string, string> = {}, limitMs = 60_000): Started {
  const child = spawn(process.execPath, [RETORT_BIN, ...args], {
    cwd: project.dir,
    env: { ...process.env, TMPDIR: project.tmp, XDG_CACHE_HOME: CACHE, ...env },
  });
  let stdout = "";
  let stderr = "";
  const waiting: { text: string; resolve: (s: string) => void }[] = [];
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => {
    stderr += d.toString();
    for (const w of waiting.filter((x) => stderr.includes(x.text))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(stderr);
    }
  });
  const exited = new Promise<Exit>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`retort ${args.join(" ")} did not exit within ${limitMs} ms; stderr so far:\n${stderr}`));
    }, limitMs);
    child.on("close", (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, at: performance.now() });
    });
  });
  return {
    child,
    exited,
    stderrIncludes: (text) =>
      stderr.includes(text)
        ? Promise.resolve(stderr)
        : Promise.race([
            new Promise<string>((resolve) => waiting.push({ text, resolve })),
            exited.then((e) => Promise.reject(new Error(`retort exited (${e.status}) before writing ${JSON.stringify(text)}:\n${e.stderr}`))),
          ]),
  };
}

/** The lines of stderr other than log lines. */
export function problems(stderr: string): string[] {
  return stderr.split("\n").filter((l) => l !== "" && !l.startsWith("INFO "));
}

/** The processes descended from `pid` (Linux: read from /proc). */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    const ppid = parentOf(Number(name));
    if (ppid !== null) parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
  }
  const out: number[] = [];
  const walk = (p: number): void => {
    for (const c of parents.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** Whether `pid` is running (a zombie, ended but not yet reaped, is not). */
export function isRunning(pid: number): boolean {
  const state = stateOf(pid);
  return state !== null && state !== "Z";
}

function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" "); // after "pid (comm) "
  } catch {
    return null;
  }
}

// /proc is read once per question: a process that ends between two reads has no fields the second time.
const parentOf = (pid: number): number | null => {
  const fields = statFields(pid);
  return fields === null ? null : Number(fields[1]);
};
const stateOf = (pid: number): string | null => statFields(pid)?.[0] ?? null;

/** Poll `check` every 50 ms until it holds; false if it never did within `ms`. */
export async function eventually(check: () => boolean | Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = performance.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (performance.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}
