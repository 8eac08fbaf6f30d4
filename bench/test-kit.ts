/*
 * Times `retort test` (single head, upgrade one at a time, stairway, downgrade to base) on a
 * generated linear history, on PGlite in memory (the default) and on a PostgreSQL server
 * (a scratch database), beside pytest-alembic's published figure: about 15 s for 36 revisions.
 *
 *   npm run build && node --import tsx bench/test-kit.ts   # [--revisions 100] [--runs 3] [--url postgresql://postgres@127.0.0.1/postgres] [--keep]
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";

const { values } = parseArgs({
  options: {
    revisions: { type: "string", default: "100" },
    runs: { type: "string", default: "3" },
    url: { type: "string", default: "postgresql://postgres@127.0.0.1:5432/postgres" },
    keep: { type: "boolean", default: false },
  },
});
const N = Number(values.revisions);
const RUNS = Number(values.runs);
const BIN = fileURLToPath(new URL("../bin/retort.js", import.meta.url));
const PYTEST_ALEMBIC = { revisions: 36, seconds: 15 };

/** Each revision adds a table with an index and a foreign key to the previous one; downgrade drops it. */
function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "retort-bench-kit-"));
  mkdirSync(join(dir, "m", "versions"), { recursive: true });
  writeFileSync(join(dir, "m", "env.ts"), "export default async function main(): Promise<void> {}\n");
  writeFileSync(join(dir, "retort.ini"), "[retort]\nscript_location = %(here)s/m\nurl = pglite://\n");
  for (let i = 1; i <= N; i++) {
    const id = String(i).padStart(12, "0");
    const down = i === 1 ? "null" : JSON.stringify(String(i - 1).padStart(12, "0"));
    const fk = i === 1 ? "" : `, sa.Column("prev_id", sa.BigInteger(), sa.ForeignKey("t${i - 1}.id"))`;
    writeFileSync(
      join(dir, "m", "versions", `${id}_t${i}.ts`),
      `import { op, sa } from "retort-migrate";\nexport const revision = "${id}";\nexport const downRevision = ${down};\n` +
        `export async function upgrade(): Promise<void> {\n  await op.createTable("t${i}", sa.Column("id", sa.BigInteger(), sa.Identity(), { primaryKey: true }), sa.Column("name", sa.String(40), { nullable: false })${fk});\n` +
        `  await op.createIndex("ix_t${i}_name", "t${i}", ["name"]);\n}\n` +
        `export async function downgrade(): Promise<void> {\n  await op.dropTable("t${i}");\n}\n`,
    );
  }
  return dir;
}

function time(dir: string, args: readonly string[]): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, "test", ...args], { cwd: dir, encoding: "utf8" });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`retort test ${args.join(" ")} failed:\n${r.stdout}${r.stderr}`);
  return seconds;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = makeProject();
try {
  const targets: [string, string[]][] = [["PGlite (in memory)", []], [`server (${values.url})`, ["--url", values.url]]];
  const times = new Map(targets.map(([name]) => [name, [] as number[]]));
  for (let run = 0; run < RUNS; run++) for (const [name, args] of targets) times.get(name)!.push(time(dir, args));
  const reference = (PYTEST_ALEMBIC.seconds / PYTEST_ALEMBIC.revisions) * N;
  console.log(`retort test, ${N} revisions (each: a table, an index, a foreign key), median of ${RUNS}, process start included`);
  for (const [name, xs] of times) {
    const m = median(xs);
    console.log(`  ${name.padEnd(48)} ${m.toFixed(1)} s  (${((m / N) * 1000).toFixed(0)} ms per revision; runs: ${xs.map((x) => x.toFixed(1)).join(", ")})`);
  }
  console.log(`  pytest-alembic, published: ${PYTEST_ALEMBIC.seconds} s for ${PYTEST_ALEMBIC.revisions} revisions = ${reference.toFixed(1)} s for ${N} at the same rate`);
} finally {
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}
