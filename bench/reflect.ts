/**
 * Reading a whole schema: Retort's reflectSchema against SQLAlchemy 1.4's MetaData.reflect() on
 * the same generated database (SQLite file, MariaDB database), each timed in its own process
 * around the reflection alone (medians of --runs), with the number of statements each sent.
 *
 *   npm run build && node --import tsx bench/reflect.ts   # [--tables 200] [--runs 5] [--dialects sqlite,mariadb]
 *
 * It times the built dist/, as the CLI runs it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import mysql from "mysql2/promise";
import type { Connection } from "../src/dialects/dialect.js";
import { createEngine } from "../dist/index.js";

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] ?? dflt : dflt;
};
const TABLES = Number(arg("tables", "200"));
const RUNS = Number(arg("runs", "5"));
const DIALECTS = arg("dialects", "sqlite,mariadb").split(",");

/** `n` tables of 8 columns, 2 indexes, a foreign key to the previous one and a unique constraint. */
function schema(n: number, q: (s: string) => string): string[] {
  return Array.from({ length: n }, (_, i) => [
    `CREATE TABLE ${q(`t${i}`)} (id INTEGER NOT NULL PRIMARY KEY, prev_id INTEGER${i > 0 ? ` REFERENCES ${q(`t${i - 1}`)} (id)` : ""}, ` +
      "code VARCHAR(20) NOT NULL, name VARCHAR(100), amount NUMERIC(10, 2) DEFAULT 0, created TIMESTAMP NULL, note TEXT, flag BOOLEAN, " +
      `CONSTRAINT ${q(`uq_t${i}_code`)} UNIQUE (code))`,
    `CREATE INDEX ${q(`ix_t${i}_name`)} ON ${q(`t${i}`)} (name)`,
    `CREATE INDEX ${q(`ix_t${i}_prev_created`)} ON ${q(`t${i}`)} (prev_id, created)`,
  ]).flat();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Retort in this process: every run on a fresh connection, the reflection alone timed. */
async function timeRetort(url: string): Promise<{ ms: number; statements: number; tables: number }> {
  const times: number[] = [];
  let statements = 0;
  let tables = 0;
  for (let r = 0; r < RUNS; r++) {
    const conn = await createEngine(url).connect();
    let sent = 0;
    const counting: Connection = { query: (sql, p) => (sent++, conn.query(sql, p)), close: () => conn.close() };
    const t0 = performance.now();
    const got = await conn.dialect.reflectSchema!(counting, { schemas: [null] });
    times.push(performance.now() - t0);
    statements = sent;
    tables = got.metadata.tables.size;
    await conn.close();
  }
  return { ms: median(times), statements, tables };
}

const PY = String.raw`
import json, sys, time
import sqlalchemy as sa
from sqlalchemy import event
url, runs = sys.argv[1], int(sys.argv[2])
times, sent, tables = [], 0, 0
for _ in range(runs):
    engine = sa.create_engine(url)
    count = [0]
    @event.listens_for(engine, "before_cursor_execute")
    def _(*a): count[0] += 1
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
        count[0] = 0
        md = sa.MetaData()
        t0 = time.perf_counter()
        md.reflect(conn)
        times.append((time.perf_counter() - t0) * 1000)
    sent, tables = count[0], len(md.tables)
    engine.dispose()
times.sort()
print(json.dumps({"ms": times[len(times) // 2], "statements": sent, "tables": tables}))
`;

function timeSqlalchemy(url: string): { ms: number; statements: number; tables: number } | null {
  const r = spawnSync("/usr/bin/python3", ["-c", PY, url, String(RUNS)], { encoding: "utf8" });
  if (r.status !== 0) {
    process.stderr.write(`SQLAlchemy run failed: ${r.stderr.split("\n").slice(-3).join(" ")}\n`);
    return null;
  }
  return JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "null");
}

async function main(): Promise<void> {
  console.log(`reflecting ${TABLES} tables (8 columns, 2 indexes, a foreign key, a unique constraint each), medians of ${RUNS}`);
  console.log("dialect   Retort ms  statements   SQLAlchemy ms  statements   ratio");
  for (const dialect of DIALECTS) {
    let retortUrl: string;
    let saUrl: string;
    let cleanup: () => Promise<void>;
    if (dialect === "sqlite") {
      const dir = mkdtempSync(join(tmpdir(), "retort-bench-reflect-"));
      const file = join(dir, "bench.db");
      const conn = await createEngine(`sqlite:///${file}`).connect();
      for (const s of schema(TABLES, (x) => x)) await conn.query(s);
      await conn.close();
      retortUrl = `sqlite:///${file}`;
      saUrl = `sqlite:///${file}`;
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const name = `retort_bench_reflect_${process.pid}`;
      const admin = await mysql.createConnection({ host: "127.0.0.1", user: "root" });
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.query(`USE ${name}`);
      for (const s of schema(TABLES, (x) => `\`${x}\``)) await admin.query(s);
      retortUrl = `mysql://root@127.0.0.1:3306/${name}`;
      saUrl = `mysql+pymysql://root@127.0.0.1:3306/${name}`;
      cleanup = async () => {
        await admin.query(`DROP DATABASE ${name}`);
        await admin.end();
      };
    }
    try {
      const mine = await timeRetort(retortUrl);
      const theirs = timeSqlalchemy(saUrl);
      const fmt = (n: number, w: number) => n.toFixed(1).padStart(w);
      console.log(`${dialect.padEnd(8)}${fmt(mine.ms, 11)}${String(mine.statements).padStart(12)}` +
        (theirs === null ? "   (no SQLAlchemy)" : `${fmt(theirs.ms, 16)}${String(theirs.statements).padStart(12)}${fmt(theirs.ms / mine.ms, 8)}x`) +
        (theirs !== null && theirs.tables !== mine.tables ? `  (tables: ${mine.tables} vs ${theirs.tables})` : ""));
    } finally {
      await cleanup();
    }
  }
}

await main();
