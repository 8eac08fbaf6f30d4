// The PostgreSQL catalog queries of reflection (src/dialects/postgresql/reflect-catalog.ts), each
// timed on a new connection, as a command runs them (a new server backend, whose caches are cold),
// optionally beside another version of that file (`--before`, e.g. from `git show REV:path`).
// Use a database kept by `bench/autogenerate.ts --keep`. See bench/README.md.
//
//   node --import tsx bench/catalog-queries.ts --db retort_bench_autogen_NNN [--runs 5] [--before FILE]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";

const { values } = parseArgs({ options: { db: { type: "string" }, runs: { type: "string", default: "5" }, before: { type: "string" } } });
if (values.db === undefined) throw new Error("--db NAME: a database kept by bench/autogenerate.ts --keep");
const CURRENT = fileURLToPath(new URL("../src/dialects/postgresql/reflect-catalog.ts", import.meta.url));
const NAMES = ["TABLES_SQL", "COLUMNS_SQL", "CONSTRAINTS_SQL", "INDEXES_SQL", "ENUMS_SQL", "OWNED_SEQUENCES_SQL"];
// The default schema's tables, as autogenerate selects them (schemaSelector([null])).
const TARGET = "WITH target AS (SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace " +
  "WHERE n.nspname IN (SELECT COALESCE(s, current_schema()) FROM unnest($1::text[]) s) AND c.relkind IN ('r', 'p')) ";

/** The query texts of a version of reflect-catalog.ts (its template literals, which hold no substitutions). */
function queriesOf(file: string): string[] {
  const src = readFileSync(file, "utf8");
  return NAMES.map((name) => {
    const m = new RegExp(`const ${name} = \`([^\`]*)\`;`).exec(src);
    if (m === null) throw new Error(`${file}: no ${name}`);
    return name === "ENUMS_SQL" ? m[1]! : TARGET + m[1]!;
  });
}

const versions: [string, string[]][] = [["current", queriesOf(CURRENT)]];
if (values.before !== undefined) versions.unshift(["before", queriesOf(values.before)]);
const times = new Map<string, number[][]>(versions.map(([v]) => [v, []]));
for (let run = 0; run < Number(values.runs); run++) {
  for (const [v, queries] of versions) {
    const client = new pg.Client({ host: "127.0.0.1", port: 5432, user: "postgres", database: values.db });
    await client.connect();
    const row: number[] = [];
    for (const [i, sql] of queries.entries()) {
      const started = performance.now();
      await client.query(sql, NAMES[i] === "ENUMS_SQL" ? [] : [[null]]);
      row.push(performance.now() - started);
    }
    times.get(v)!.push(row);
    await client.end();
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [v, rows] of times) {
  const each = NAMES.map((n, i) => `${n.replace("_SQL", "").toLowerCase()} ${median(rows.map((r) => r[i]!)).toFixed(0)}`);
  console.log(`${v}: all six ${median(rows.map((r) => r.reduce((a, b) => a + b, 0))).toFixed(0)} ms (median of ${rows.length}, new connection each): ${each.join(", ")}`);
}
