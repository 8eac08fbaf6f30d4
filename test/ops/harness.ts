/**
 * Shared harness for the op corpus: load a case's TypeScript body as a real module, run it
 * as a migration's upgrade() against a real sink, and slice Alembic's recorded output.
 */
import { readFileSync, readdirSync, existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { currentRun, withMigration } from "../../src/operations/op-context.js";
import { runAutocommitBlock } from "../../src/operations/op.js";
import { createMigrationRun, type QueuedRun } from "../../src/runtime/migration-run.js";
import { offlineSink, onlineSink, type Sink } from "../../src/runtime/sink.js";
import type { Connection, Dialect } from "../../src/dialects/dialect.js";
import { dialectFromTable, loadDialects } from "../../src/dialects/registry.js";
import { scratchDir } from "../support/scratch.js";

export const HERE = resolve(import.meta.dirname);
const SRC = resolve(HERE, "../../src");

/** The dialects the corpus runs for, each against its recorded `<dialect>.sql` / error file. */
export const DIALECTS = ["postgresql", "sqlite", "mysql", "mariadb"] as const;

/** The corpus's offline URL for each dialect (the recorder's; offline never connects). */
export const OFFLINE_URLS: Readonly<Record<(typeof DIALECTS)[number], string>> = {
  postgresql: "postgresql://scott:tiger@localhost/test",
  sqlite: "sqlite:///test.db",
  mysql: "mysql://scott:tiger@localhost/test",
  mariadb: "mariadb://scott:tiger@localhost/test",
};

/** The dialect namespaces a case may use; one whose dialect is not built yet is absent. */
const NAMESPACES = ["postgresql", "sqlite", "mysql"] as const;

/** Why a case cannot run yet: it uses a dialect namespace that Retort does not export (yet). */
export async function missingNamespace(c: Case): Promise<string | undefined> {
  const exported = (await import(pathToFileURL(join(SRC, "index.ts")).href)) as Record<string, unknown>;
  const missing = NAMESPACES.find((n) => exported[n] === undefined && new RegExp(`\\b${n}\\.`).test(c.ts));
  return missing === undefined ? undefined : `the ${missing} namespace comes with the ${missing} dialect`;
}

export interface Case {
  readonly name: string;
  readonly dir: string;
  readonly ts: string;
  readonly expectedSql: string | null;
  readonly expectedError: string | null;
}

/** The cases of `folder` with what Alembic printed for `dialect` (`<dialect>.sql`, or its error file). */
export function loadCases(folder: string, dialect = "postgresql"): Case[] {
  const root = join(HERE, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .filter((d) => existsSync(join(root, d, "case.ts")))
    .map((name) => {
      const dir = join(root, name);
      const sqlPath = join(dir, `${dialect}.sql`);
      const errPath = join(dir, dialect === "postgresql" ? "error.txt" : `error.${dialect}.txt`);
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
    `import * as retort from ${url("index.ts")};`,
    `const { op, sa } = retort;`,
    ...NAMESPACES.map((n) => `const ${n} = (retort as Record<string, any>)[${JSON.stringify(n)}];`),
    `void op; void sa; ${NAMESPACES.map((n) => `void ${n};`).join(" ")}`,
    `export async function upgrade(): Promise<void> {`,
    c.ts,
    `}`,
  ].join("\n");
  const file = join(tmp, `case-${counter++}-${c.name}.mts`);
  writeFileSync(file, source);
  const mod = (await import(pathToFileURL(file).href)) as { upgrade: () => Promise<void> };
  return mod.upgrade;
}

/** A dialect of the registry, by name, as a migration gets it. */
export async function dialectNamed(name: string): Promise<Dialect> {
  return dialectFromTable(await loadDialects(), name);
}

/** A run as the runtime makes one, over `sink`, with the slice of MigrationContext the corpus uses. */
function makeRun(dialect: Dialect, sink: Sink, connection: Connection | null): QueuedRun {
  return createMigrationRun({
    dialect,
    sink,
    connection,
    literalBinds: sink.offline,
    migrationContext: { autocommitBlock: <T>(body: () => Promise<T>) => runAutocommitBlock(currentRun(), body) },
    // As MigrationContext: only where the run is in a transaction (offline, Alembic's impl flag).
    autocommitBegin: async () => void (dialect.offlineTransactionalDdl && (await sink.emit("COMMIT"))),
    autocommitEnd: async () => void (dialect.offlineTransactionalDdl && (await sink.emit("BEGIN"))),
  });
}

/** Run a case offline; returns the printed SQL or throws the op's error. */
export async function runOffline(c: Case, dialectName = "postgresql"): Promise<string> {
  const upgrade = await loadUpgrade(c);
  const dialect = await dialectNamed(dialectName);
  let out = "";
  const run = makeRun(dialect, offlineSink((t) => (out += t), dialect.terminator), null);
  await withMigration(run, async () => {
    const pending = upgrade();
    await pending;
    await run.drain();
  });
  return out;
}

/** Run a case online; `dialect` by name, or as a connection shaped it (BoundConnection.dialect). */
export async function runOnline(c: Case, conn: Connection, dialect: string | Dialect = "postgresql"): Promise<void> {
  const upgrade = await loadUpgrade(c);
  const run = makeRun(typeof dialect === "string" ? await dialectNamed(dialect) : dialect, onlineSink(conn), conn);
  await withMigration(run, async () => {
    await upgrade();
    await run.drain();
  });
}
