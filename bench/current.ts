// Where the time of `retort current` goes, on the embedded default and on a PostgreSQL server,
// beside Alembic 1.8.1's `current` on the same server. See bench/README.md.
//
//   node --import tsx bench/current.ts [--runs 9] [--before DIR] [--keep]
//
// --before DIR also times another built checkout of Retort (DIR/bin/retort.js) on the same
// projects, interleaved, so that a change is measured before and after in one run.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const MARKS = fileURLToPath(new URL("./lib/phase-marks.mjs", import.meta.url));
const PYTHON = "/usr/bin/python3";
const SERVER = { host: "127.0.0.1", port: 5432, user: "postgres" };

const { values } = parseArgs({ options: { runs: { type: "string", default: "9" }, before: { type: "string" }, keep: { type: "boolean", default: false } } });
const runs = Number(values.runs);

/** The phases, between the performance marks Retort sets (`retort:<name>`), in order. */
const PHASES: readonly (readonly [string, string, string])[] = [
  ["Node start", "start", "bin"],
  ["Retort's modules", "bin", "main"],
  ["config, script folder", "main", "env"],
  ["loading env.ts", "env", "connect"],
  ["opening the database", "connect", "connected"],
  ["the query", "connected", "close"],
  ["closing", "close", "closed"],
  ["exit", "closed", "end"],
];

interface Sample {
  readonly wall: number;
  readonly marks: Readonly<Record<string, number>>;
}

function timeRun(cmd: string, args: readonly string[], cwd: string): Sample {
  const started = performance.now();
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  const wall = performance.now() - started;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}:\n${r.stderr}`);
  const line = r.stderr.split("\n").find((l) => l.startsWith("RETORT_MARKS "));
  const marks = line ? (JSON.parse(line.slice("RETORT_MARKS ".length)) as Record<string, number>) : {};
  return { wall, marks: { ...marks, end: wall } };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function retortProject(root: string, name: string, bin: string, url: string | null): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const run = (...args: string[]): void => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`retort ${args.join(" ")}: ${r.stderr}`);
  };
  run("init", ...(url ? ["-t", "generic"] : []), "migrations");
  if (url) {
    const ini = join(dir, "retort.ini");
    writeFileSync(ini, readText(ini).replace(/^url = .*$/m, `url = ${url}`));
  }
  run("revision", "-m", "create account table", "--rev-id", "1975ea83b712");
  run("upgrade", "head");
  return dir;
}

function alembicProject(root: string, url: string): string | null {
  const dir = join(root, "alembic");
  mkdirSync(dir);
  const alembic = (...args: string[]) => spawnSync(PYTHON, ["-m", "alembic", ...args], { cwd: dir, encoding: "utf8" });
  if (alembic("init", "migrations").status !== 0) return null;
  const ini = join(dir, "alembic.ini");
  writeFileSync(ini, readText(ini).replace(/^sqlalchemy\.url = .*$/m, `sqlalchemy.url = ${url}`));
  for (const args of [["revision", "-m", "create account table", "--rev-id", "1975ea83b712"], ["upgrade", "head"]]) {
    const r = alembic(...args);
    if (r.status !== 0) throw new Error(`alembic ${args.join(" ")}: ${r.stderr}`);
  }
  return dir;
}

const readText = (path: string): string => readFileSync(path, "utf8");

async function main(): Promise<void> {
  if (!existsSync(join(REPO, "dist", "lib", "retort.cjs"))) throw new Error("dist/ is missing: run `npm run build` first");
  const root = mkdtempSync(join(tmpdir(), "retort-bench-current-"));
  const database = `retort_bench_current_${process.pid}`;
  const admin = new pg.Client({ ...SERVER, database: "postgres" });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = `postgresql://postgres@127.0.0.1:5432/${database}`;
  try {
    const builds: [string, string][] = [["Retort", join(REPO, "bin", "retort.js")]];
    if (values.before) builds.unshift(["before", join(values.before, "bin", "retort.js")]);
    const subjects: { name: string; cwd: string; cmd: string; args: string[] }[] = [];
    for (const [label, bin] of builds) {
      const embedded = retortProject(root, `${label}-embedded`, bin, null);
      const server = retortProject(root, `${label}-postgresql`, bin, url);
      subjects.push({ name: `${label}, embedded (pglite)`, cwd: embedded, cmd: process.execPath, args: ["--import", MARKS, bin, "current"] });
      subjects.push({ name: `${label}, PostgreSQL server`, cwd: server, cmd: process.execPath, args: ["--import", MARKS, bin, "current"] });
      // Each build keeps its own version table on the shared server database.
      const ini = join(server, "retort.ini");
      writeFileSync(ini, readText(ini).replace("[retort]\n", `[retort]\nversion_table = version_${label.toLowerCase()}\n`));
      spawnSync(process.execPath, [bin, "upgrade", "head"], { cwd: server });
    }
    const alembic = alembicProject(root, url);
    if (alembic) subjects.push({ name: "Alembic 1.8.1, PostgreSQL server", cwd: alembic, cmd: PYTHON, args: ["-m", "alembic", "current"] });
    else console.log(`Alembic is not installed (${PYTHON} -m alembic): timing Retort only.`);

    const samples = new Map<string, Sample[]>(subjects.map((s) => [s.name, []]));
    for (const s of subjects) timeRun(s.cmd, s.args, s.cwd); // warm the file cache
    for (let i = 0; i < runs; i++) for (const s of subjects) samples.get(s.name)!.push(timeRun(s.cmd, s.args, s.cwd));

    console.log(`\`current\`, median of ${runs} runs, interleaved (ms; wall clock of the whole process)\n`);
    const names = subjects.map((s) => s.name);
    console.log(`| phase | ${names.join(" | ")} |`);
    console.log(`|---|${names.map(() => "---:").join("|")}|`);
    for (const [phase, from, to] of PHASES) {
      const cells = names.map((n) => {
        const xs = samples.get(n)!.filter((x) => x.marks[from] !== undefined && x.marks[to] !== undefined).map((x) => x.marks[to]! - x.marks[from]!);
        return xs.length ? median(xs).toFixed(0) : "";
      });
      console.log(`| ${phase} | ${cells.join(" | ")} |`);
    }
    const walls = names.map((n) => median(samples.get(n)!.map((x) => x.wall)));
    console.log(`| **total** | ${walls.map((w) => `**${w.toFixed(0)}**`).join(" | ")} |`);
    const alembicWall = alembic ? walls[names.length - 1]! : null;
    if (alembicWall !== null) console.log(`\nAlembic / Retort on the same server: ${names.slice(0, -1).filter((n) => n.includes("PostgreSQL")).map((n) => `${n}: ${(alembicWall / walls[names.indexOf(n)]!).toFixed(2)}x`).join("; ")}`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    if (values.keep) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

await main();
