/**
 * Shared harness for the op corpus: load a case's TypeScript body as a real module, run it
 * as a migration's upgrade() against a real sink, and slice Alembic's recorded output.
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { withMigration, type MigrationRun, type MigrationRunHooks } from "../../src/operations/op-context.js";
import { runAutocommitBlock } from "../../src/operations/op.js";
import { offlineSink, onlineSink, type Sink } from "../../src/runtime/sink.js";
import type { Connection, Dialect } from "../../src/dialects/dialect.js";
import { postgresqlDdl } from "../../src/dialects/postgresql/ddl.js";
import { scratchDir } from "../support/scratch.js";

export const HERE = resolve(import.meta.dirname);
const SRC = resolve(HERE, "../../src");

export interface Case {
  readonly name: string;
  readonly dir: string;
  readonly ts: string;
  readonly expectedSql: string | null;
  readonly expectedError: string | null;
}

export function loadCases(folder: string): Case[] {
  const root = join(HERE, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .filter((d) => existsSync(join(root, d, "case.ts")))
    .map((name) => {
      const dir = join(root, name);
      const sqlPath = join(dir, "postgresql.sql");
      const errPath = join(dir, "error.txt");
      return {
        name,
        dir,
        ts: readFileSync(join(dir, "case.ts"), "utf8"),
        expectedSql: existsSync(sqlPath) ? opSection(readFileSync(sqlPath, "utf8")) : null,
        expectedError: existsSync(errPath) ? readFileSync(errPath, "utf8").replace(/\n$/, "") : null,
      };
    });
}

/** The op SQL of a recorded run: after `-- Running upgrade  -> rev` and before the version INSERT. */
export function opSection(full: string): string {
  const start = full.search(/^-- Running upgrade {2}-> \w+\n\n/m);
  if (start < 0) throw new Error("no Running upgrade comment");
  const afterComment = full.indexOf("\n\n", start) + 2;
  const end = full.indexOf("INSERT INTO alembic_version", afterComment);
  return full.slice(afterComment, end < 0 ? undefined : end);
}

const tmp = scratchDir("retort-ops-");
let counter = 0;

/** Write the case body into a real module (as a revision file would be) and import its upgrade(). */
export async function loadUpgrade(c: Case): Promise<() => Promise<void>> {
  const url = (p: string) => JSON.stringify(pathToFileURL(join(SRC, p)).href);
  const source = [
    `import { op } from ${url("operations/public.ts")};`,
    `import * as sa from ${url("schema/public.ts")};`,
    `import * as postgresql from ${url("schema/postgresql-types.ts")};`,
    `void op; void sa; void postgresql;`,
    `export async function upgrade(): Promise<void> {`,
    c.ts,
    `}`,
  ].join("\n");
  const file = join(tmp, `case-${counter++}-${c.name}.mts`);
  writeFileSync(file, source);
  const mod = (await import(pathToFileURL(file).href)) as { upgrade: () => Promise<void> };
  return mod.upgrade;
}

/** A PostgreSQL dialect descriptor carrying the DDL plug-in (the integrator's dialect does the same). */
export const testDialect = Object.freeze({
  name: "postgresql",
  transactionalDdl: true,
  terminator: ";",
  connect: () => Promise.reject(new Error("not used")),
  quoteIdentifier: postgresqlDdl.quoteIdentifier,
  renderLiteral: postgresqlDdl.renderLiteral,
  insertReturning: true,
  ddl: postgresqlDdl,
}) as unknown as Dialect;

/** A minimal MigrationRun: a sequential queue over a sink. */
export function makeRun(sink: Sink, connection: Connection | null): MigrationRun & MigrationRunHooks & { drain(): Promise<void> } {
  let tail: Promise<unknown> = Promise.resolve();
  const errors: unknown[] = [];
  const run: MigrationRun & MigrationRunHooks & { drain(): Promise<void> } = {
    dialect: testDialect,
    sink,
    connection,
    literalBinds: sink.offline,
    // The slice of the runtime's MigrationContext the corpus uses.
    migrationContext: { autocommitBlock: <T>(body: () => Promise<T>) => runAutocommitBlock(run, body) },
    autocommitBegin: async () => void (await sink.emit("COMMIT")),
    autocommitEnd: async () => void (await sink.emit("BEGIN")),
    enqueue<T>(task: () => Promise<T>): Promise<T> {
      const p = tail.then(task);
      tail = p.catch((e: unknown) => void errors.push(e));
      return p;
    },
    async drain() {
      await tail;
      if (errors.length > 0) throw errors[0];
    },
  };
  return run;
}

/** Run a case offline; returns the printed SQL or throws the op's error. */
export async function runOffline(c: Case): Promise<string> {
  const upgrade = await loadUpgrade(c);
  let out = "";
  const run = makeRun(offlineSink((t) => (out += t), ";"), null);
  await withMigration(run, async () => {
    const pending = upgrade();
    await pending;
    await run.drain();
  });
  return out;
}

export async function runOnline(c: Case, conn: Connection): Promise<void> {
  const upgrade = await loadUpgrade(c);
  const run = makeRun(onlineSink(conn), conn);
  await withMigration(run, async () => {
    await upgrade();
    await run.drain();
  });
}
