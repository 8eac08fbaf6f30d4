// Benchmarks the revision graph on generated histories: Retort (CLI subprocess) against Alembic
// 1.8.1 (`/usr/bin/python3 -m alembic`, when installed), best of N runs. See bench/README.md.
//
//   node --import tsx bench/graph.ts [--sizes 1000,10000] [--shapes linear,branchy] [--runs 3]
//                                     [--profile DIR] [--keep]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generate, type Shape } from "./lib/generate.js";
import { summariseProfile } from "./lib/profile.js";
import { bestOf, sameOutput, type Timed } from "./lib/run.js";
import { writeAlembicProject, writeRetortProject } from "./lib/write-projects.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const RETORT = join(REPO, "bin", "retort.js");
const PYTHON = "/usr/bin/python3";
// For comparing outputs only (not timed): Alembic with the graph recorder's patches, which pin the
// orders 1.8.1 leaves to the file system and to Python's set hashing (test/graph/FORMAT.md).
const PATCHED_ALEMBIC = [
  "-c",
  `import sys; sys.path.insert(0, ${JSON.stringify(join(REPO, "test", "graph"))}); import record; record.patch_alembic(); ` +
    "from alembic.config import main; main(argv=sys.argv[1:], prog='alembic')",
];

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000" },
    shapes: { type: "string", default: "linear,branchy" },
    runs: { type: "string", default: "3" },
    profile: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").map(Number);
const shapes = values.shapes.split(",") as Shape[];
const runs = Number(values.runs);

function alembicTemplates(): string | null {
  const r = spawnSync(PYTHON, ["-c", "import alembic, os; print(os.path.dirname(alembic.__file__), alembic.__version__)"], { encoding: "utf8" });
  if (r.status !== 0) return null;
  const [dir, version] = r.stdout.trim().split(" ");
  console.log(`Alembic ${version} found (${PYTHON} -m alembic).`);
  return join(dir!, "templates", "generic");
}

if (!existsSync(join(REPO, "dist", "lib", "retort.cjs"))) {
  console.error("dist/ is missing: run `npm run build` first (the benchmark times the built CLI).");
  process.exit(1);
}
const templates = alembicTemplates();
if (templates === null) console.log(`Alembic is NOT installed (${PYTHON} -m alembic failed): timing Retort only.`);

interface Row {
  readonly graph: string;
  readonly command: string;
  readonly retort: Timed;
  readonly alembic: Timed | null;
  readonly patched: Timed | null;
}
const rows: Row[] = [];
const profiles: string[] = [];
const root = mkdtempSync(join(tmpdir(), "retort-bench-"));
if (values.profile) mkdirSync(values.profile, { recursive: true });

// Process start and CLI load alone, for reading the small figures.
{
  const retort = bestOf(runs, process.execPath, [RETORT, "--version"], root);
  const alembic = templates ? bestOf(runs, PYTHON, ["-m", "alembic", "--version"], root) : null;
  rows.push({ graph: "-", command: "--version", retort, alembic, patched: null });
}
for (const shape of shapes) {
  for (const size of sizes) {
    const graph = `${shape} ${size}`;
    const revs = generate(shape, size);
    const dir = join(root, `${shape}-${size}`);
    const retortIni = writeRetortProject(join(dir, "retort"), revs);
    const alembicIni = templates ? writeAlembicProject(join(dir, "alembic"), revs, templates) : null;
    // A branchy history has several heads, where `upgrade head` is an error: upgrade them all.
    const target = shape === "linear" ? "head" : "heads";
    const commands = [["heads"], ["history"], ["upgrade", target, "--sql"]];
    for (const argv of commands) {
      const name = argv.join(" ");
      process.stderr.write(`${graph}: ${name} ...\n`);
      const retort = bestOf(runs, process.execPath, [RETORT, "-c", retortIni, ...argv], dir);
      const alembic = alembicIni ? bestOf(runs, PYTHON, ["-m", "alembic", "-c", alembicIni, ...argv], dir) : null;
      const patched = alembicIni ? bestOf(1, PYTHON, [...PATCHED_ALEMBIC, "-c", alembicIni, ...argv], dir) : null;
      rows.push({ graph, command: name, retort, alembic, patched });
      if (values.profile) {
        const out = join(values.profile, `${shape}-${size}-${argv[0]}`);
        spawnSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${out}`, RETORT, "-c", retortIni, ...argv], { cwd: dir, stdio: "ignore" });
        const file = join(out, readdirSync(out).sort().pop() ?? "");
        profiles.push(`retort ${graph} ${name} (${file}):\n${summariseProfile(file)}`);
      }
    }
  }
}
if (!values.keep) rmSync(root, { recursive: true, force: true });
else console.log(`projects kept in ${root}`);

const fmt = (t: Timed | null): string => (t === null ? "n/a" : t.ok ? t.seconds.toFixed(2) : "FAILED");
const fmtCpu = (t: Timed | null): string => (t?.ok && t.cpu !== null ? t.cpu.toFixed(2) : "n/a");
const ratio = (a: number | null | undefined, b: number | null | undefined): string => (a && b ? `${(a / b).toFixed(1)}x` : "n/a");
const wallRatio = (r: Row): string => (r.alembic?.ok && r.retort.ok ? ratio(r.alembic.seconds, r.retort.seconds) : "n/a");
const cpuRatio = (r: Row): string => (r.alembic?.ok && r.retort.ok ? ratio(r.alembic.cpu, r.retort.cpu) : "n/a");
const same = (r: Row, other: Timed | null): string =>
  r.graph === "-" ? "-" : other?.ok && r.retort.ok ? sameOutput(other.stdout, r.retort.stdout) : "n/a";
const table = [
  ["graph", "command", "retort s", "alembic s", "ratio", "retort cpu", "alembic cpu", "cpu ratio", "stdout vs alembic", "vs patched alembic"],
  ...rows.map((r) => [r.graph, r.command, fmt(r.retort), fmt(r.alembic), wallRatio(r), fmtCpu(r.retort), fmtCpu(r.alembic), cpuRatio(r), same(r, r.alembic), same(r, r.patched)]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log(`\nbest of ${runs} runs: wall-clock seconds per command (process start included), CPU seconds (user + system),`);
console.log("ratio = Alembic / Retort\n");
for (const row of table) console.log(row.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd());
for (const p of profiles) console.log(`\n${p}`);
for (const r of rows) {
  if (r.patched && !r.patched.ok) console.log(`patched alembic ${r.graph} ${r.command}: ${r.patched.error}`);
  if (!r.retort.ok) console.log(`retort ${r.graph} ${r.command}: ${r.retort.error}`);
  if (r.alembic && !r.alembic.ok) console.log(`alembic ${r.graph} ${r.command}: ${r.alembic.error}`);
}
