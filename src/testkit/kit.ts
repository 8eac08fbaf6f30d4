/**
 * The migration test kit (`retort test`, and `migrationTests` from "retort-migrate/testing"):
 * single head, upgrade one revision at a time, the stairway (upgrade, downgrade, upgrade per
 * revision, the catalog after each downgrade compared with the one before its upgrade), and
 * downgrade to base, and the model match (autogenerate at head finds nothing). Each test runs on a
 * new database (PGlite in memory by default).
 */
import { relative } from "node:path";
import { Config } from "../config/config.js";
import { parseUrl, type DbUrl } from "../config/url.js";
import type { BoundConnection, CatalogSnapshot, Connection } from "../dialects/dialect.js";
import { bindConnection } from "../runtime/engine.js";
import { loadDialects } from "../dialects/registry.js";
import { planUpgrade } from "../runtime/steps.js";
import type { RevisionNode } from "../script/graph/types.js";
import { withBuildService } from "../script/load-modules.js";
import type { Script } from "../script/script.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { RetortError, fail, messageOf } from "../util/errors.js";
import { openFreshDatabase, type FreshDatabase } from "./database.js";
import { diffModelsAtHead, NoModelsError } from "./model-match.js";
import { downgradeOne, downgradeToBase, runSteps, upgradeOne, type KitProject } from "./run-step.js";
import { describeDiff, diffSnapshots, isEmptyDiff } from "./snapshot-diff.js";

export interface MigrationTestOptions {
  /** The ini file (a path, or a Config); default "retort.ini". */
  readonly config?: string | Config;
  /** Where to test: an embedded URL (a new in-memory database) or a server (a scratch database); default "pglite://". */
  readonly url?: string;
  /** The heads the project means to have; default: exactly one. */
  readonly heads?: readonly string[];
}

export type MigrationTestName = "singleHead" | "upgrade" | "stairway" | "downgrade" | "modelMatch";

export interface MigrationTestResult {
  readonly name: MigrationTestName;
  readonly status: "passed" | "failed" | "unavailable";
  /** What was checked, or what went wrong (revision, step, catalog difference). */
  readonly detail: string;
}

/** A failed migration test: its message names the revision, the step and the catalog difference. */
export class MigrationTestError extends RetortError {
  constructor(readonly test: MigrationTestName, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}


const shownPath = (s: Script): string => relative(process.cwd(), s.path) || s.path;
const named = (n: RevisionNode<Script>): string => `revision ${n.revision} (${shownPath(n.script)})`;

interface Kit {
  readonly project: KitProject;
  readonly url: DbUrl;
  readonly order: readonly RevisionNode<Script>[];
  readonly versionTable: string;
}

async function loadKit(o: MigrationTestOptions): Promise<Kit> {
  // Not instanceof: a Config from another copy of Retort (the CLI's, a test's) is as good.
  const config = typeof o.config === "object" ? o.config : new Config(o.config ?? "retort.ini");
  const script = ScriptDirectory.fromConfig(config);
  const map = await script.revisionMap();
  const order = planUpgrade(map, "heads", []).map((s) => s.node);
  return {
    project: { config, script, map, dialects: await loadDialects() },
    url: parseUrl(o.url ?? "pglite://"),
    order,
    versionTable: config.getMainOption("version_table") ?? "retort_version",
  };
}

async function snapshot(kit: Kit, db: FreshDatabase): Promise<CatalogSnapshot> {
  const read = db.dialect.catalogSnapshot ?? fail(`retort test: the ${db.dialect.name} dialect cannot read its catalog yet`);
  return read(db.connection, { versionTable: kit.versionTable, versionTableSchema: null });
}

async function withDatabase<T>(kit: Kit, fn: (db: FreshDatabase) => Promise<T>): Promise<T> {
  const db = await openFreshDatabase(kit.url);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function step(test: MigrationTestName, what: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (err) {
    if (err instanceof MigrationTestError) throw err;
    throw new MigrationTestError(test, `${what}: ${messageOf(err)}`, { cause: err });
  }
}

function checkSingleHead(kit: Kit, declared: readonly string[] | undefined): string {
  const heads = [...kit.project.map.heads];
  if (declared === undefined) {
    if (heads.length > 1) throw new MigrationTestError("singleHead", `single head: the history has ${heads.length} heads (${heads.join(", ")}); merge them with retort merge, or declare them`);
    return `one head (${heads[0] ?? "none: no revisions"})`;
  }
  const want = [...new Set(declared.map((h) => kit.project.map.getRevision(h)?.revision ?? h))].sort();
  if (JSON.stringify([...heads].sort()) !== JSON.stringify(want)) {
    throw new MigrationTestError("singleHead", `heads: the history has ${heads.join(", ") || "none"}; the project declares ${want.join(", ")}`);
  }
  return `the declared heads (${want.join(", ")})`;
}

async function upgradeEach(kit: Kit, conn: BoundConnection): Promise<void> {
  for (const node of kit.order) await step("upgrade", `upgrade: upgrade() of ${named(node)} failed`, () => upgradeOne(kit.project, conn, node));
}

async function downgradeEach(kit: Kit, db: FreshDatabase, empty: CatalogSnapshot): Promise<void> {
  for (const node of [...kit.order].reverse()) {
    await step("downgrade", `downgrade: downgrade() of ${named(node)} failed`, () => downgradeOne(kit.project, db.connection, node));
  }
  const diff = diffSnapshots(empty, await snapshot(kit, db));
  if (!isEmptyDiff(diff)) {
    throw new MigrationTestError("downgrade", `downgrade: at base the database still differs from a new one:\n${describeDiff(diff, "left behind", "missing")}`);
  }
  const rows = await db.connection.query(`SELECT version_num FROM ${db.dialect.quoteIdentifier(kit.versionTable)}`);
  if (rows.rows.length > 0) throw new MigrationTestError("downgrade", `downgrade: at base the version table still holds ${rows.rows.map((r) => String(r["version_num"])).join(", ")}`);
}

/**
 * Per revision: upgrade, downgrade, compare with the catalog before the upgrade, upgrade again.
 * The catalog after that last upgrade is the next revision's "before", so each step costs two snapshots.
 */
/** Transaction control, the runtime's reads and the version table's rows are not the migration's own statements. */
const RUNTIME = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|SHOW|SELECT|PRAGMA)\b/i;

/** The connection, counting the statements a migration sends through it. */
function countingStatements(conn: BoundConnection, versionTable: string): { connection: BoundConnection; count(): number } {
  let n = 0;
  const counting: Connection = {
    query: (sql, params) => {
      if (!RUNTIME.test(sql) && !sql.includes(versionTable)) n++;
      return conn.query(sql, params);
    },
    close: async () => {},
  };
  return { connection: bindConnection(counting, conn.dialect, conn.url), count: () => n };
}

async function stairway(kit: Kit, db: FreshDatabase): Promise<void> {
  const conn = db.connection;
  let before = await snapshot(kit, db);
  for (const node of kit.order) {
    await step("stairway", `stairway: upgrade() of ${named(node)} failed`, () => upgradeOne(kit.project, conn, node));
    const counted = countingStatements(conn, kit.versionTable);
    await step("stairway", `stairway: downgrade() of ${named(node)} failed right after its upgrade()`, () => downgradeOne(kit.project, counted.connection, node));
    const after = await snapshot(kit, db);
    const diff = diffSnapshots(before, after);
    if (!isEmptyDiff(diff)) {
      const empty = counted.count() === 0 ? " (it ran no statement: is downgrade() empty?)" : "";
      throw new MigrationTestError("stairway", `stairway: ${named(node)}: downgrade() does not undo upgrade()${empty}; the catalog after downgrade() differs from before upgrade():\n${describeDiff(diff, "left behind", "not restored")}`);
    }
    await step("stairway", `stairway: upgrade() of ${named(node)} failed when run again after its downgrade()`, () => upgradeOne(kit.project, conn, node));
    before = await snapshot(kit, db);
  }
}

async function modelMatchOn(kit: Kit): Promise<string> {
  let diffs: string[];
  try {
    diffs = await diffModelsAtHead(kit.project, kit.url, (conn) => runSteps(kit.project, conn, (heads) => planUpgrade(kit.project.map, "heads", heads)));
  } catch (err) {
    if (err instanceof NoModelsError) throw err;
    throw new MigrationTestError("modelMatch", `model match: ${messageOf(err)}`, { cause: err });
  }
  if (diffs.length > 0) {
    throw new MigrationTestError("modelMatch", `model match: at head the database differs from the models (targetMetadata); autogenerate would write:\n${diffs.map((d) => `  ${d}`).join("\n")}`);
  }
  return "at head the database matches the models (autogenerate finds nothing)";
}

/**
 * The kit's tests as functions for any test runner: each throws MigrationTestError when its check
 * fails. `all()` runs them in order and reports each without throwing.
 */
export function migrationTests(o: MigrationTestOptions = {}) {
  let loaded: Promise<Kit> | null = null;
  const kit = (): Promise<Kit> => (loaded ??= loadKit(o));
  const run = <T>(work: (k: Kit) => Promise<T>): Promise<T> => withBuildService(async () => work(await kit()));
  const upgradeOn = async (k: Kit, db: FreshDatabase): Promise<string> => {
    await upgradeEach(k, db.connection);
    return `${k.order.length} revision${k.order.length === 1 ? "" : "s"} upgraded one at a time from base`;
  };
  const downgradeOn = async (k: Kit, db: FreshDatabase, empty: CatalogSnapshot): Promise<string> => {
    await downgradeEach(k, db, empty);
    return "downgraded from head to base one revision at a time; only the version table is left";
  };
  const stairwayOn = async (k: Kit, db: FreshDatabase): Promise<string> => {
    await stairway(k, db);
    return `upgrade, downgrade, upgrade for each of ${k.order.length} revisions; every downgrade() restored the catalog`;
  };
  const tests = {
    singleHead: (): Promise<string> => run(async (k) => checkSingleHead(k, o.heads)),
    upgrade: (): Promise<string> => run((k) => withDatabase(k, (db) => upgradeOn(k, db))),
    stairway: (): Promise<string> => run((k) => withDatabase(k, (db) => stairwayOn(k, db))),
    downgrade: (): Promise<string> =>
      run((k) => withDatabase(k, async (db) => {
        const empty = await snapshot(k, db);
        await step("downgrade", "downgrade: upgrade to head failed", () => runSteps(k.project, db.connection, (heads) => planUpgrade(k.project.map, "heads", heads)));
        return downgradeOn(k, db, empty);
      })),
    /** Runs env.ts for its targetMetadata; without one, skips (through `t.skip` when given). */
    modelMatch: async (t?: { skip?: (message?: string) => void }): Promise<string> => {
      try {
        return await run((k) => modelMatchOn(k));
      } catch (err) {
        if (!(err instanceof NoModelsError)) throw err;
        t?.skip?.(`model match: ${err.message}`);
        return `model match: ${err.message}`;
      }
    },
    /**
     * Every test, each reported without throwing. While they pass they share one database: upgrade
     * leaves it at head, where downgrade starts, and downgrade leaves it as new, where the stairway starts.
     */
    all: (): Promise<MigrationTestResult[]> =>
      run(async (k) => {
        const results: MigrationTestResult[] = [];
        const attempt = async (name: MigrationTestName, fn: () => Promise<string>): Promise<boolean> => {
          try {
            results.push({ name, status: "passed", detail: await fn() });
            return true;
          } catch (err) {
            results.push({ name, status: "failed", detail: messageOf(err) });
            return false;
          }
        };
        await attempt("singleHead", () => tests.singleHead());
        const clean = await withDatabase(k, async (db) => {
          const empty = await snapshot(k, db);
          if (!(await attempt("upgrade", () => upgradeOn(k, db)))) return false;
          if (!(await attempt("downgrade", () => downgradeOn(k, db, empty)))) return false;
          await attempt("stairway", () => stairwayOn(k, db));
          return true;
        });
        if (!clean) {
          if (!results.some((r) => r.name === "downgrade")) await attempt("downgrade", () => tests.downgrade());
          await attempt("stairway", () => tests.stairway());
        }
        const order: readonly MigrationTestName[] = ["singleHead", "upgrade", "stairway", "downgrade"];
        results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
        try {
          results.push({ name: "modelMatch", status: "passed", detail: await modelMatchOn(k) });
        } catch (err) {
          results.push({ name: "modelMatch", status: err instanceof NoModelsError ? "unavailable" : "failed", detail: messageOf(err) });
        }
        return results;
      }),
  };
  return tests;
}
