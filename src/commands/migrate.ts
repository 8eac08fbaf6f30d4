import type { Config } from "../config/config.js";
import { offlineStartingHeads, planDowngrade, planStamp, planUpgrade, type MigrationStep } from "../runtime/steps.js";
import type { RevisionMap } from "../script/graph/types.js";
import type { Script } from "../script/script.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { fail } from "../util/errors.js";
import { runEnv } from "./run-env.js";

export interface MigrateOptions {
  /** Offline mode: print the SQL instead of running it. */
  readonly sql?: boolean;
  /** Free-form tag for env.ts (`context.getTagArgument()`). */
  readonly tag?: string | null;
  /**
   * Go on with the revision an earlier run left half-applied (MySQL, MariaDB: a run stopped
   * between DDL statements), after the statements of it that completed. Online only.
   */
  readonly resume?: boolean;
}

/** Splits `START:END` (offline only), as Alembic's `revision.split(":", 2)`. */
function splitRange(revision: string, sql: boolean): [string | null, string] {
  if (!revision.includes(":")) return [null, revision];
  if (!sql) fail("Range revision not allowed");
  const [start = "", end = ""] = revision.split(":");
  return [start, end];
}

/**
 * Offline, the starting heads are known before env.ts runs, so the plan can be made and its
 * revision files loaded first: a broken file then fails before any SQL is printed, as a
 * broken module fails Alembic when it reads the script folder.
 */
async function preloadOffline(
  script: ScriptDirectory,
  startingRev: string | null,
  plan: Plan,
): Promise<void> {
  let steps: readonly MigrationStep<Script>[];
  try {
    const map = await script.revisionMap();
    steps = plan(map, offlineStartingHeads(map, startingRev));
  } catch {
    // A broken graph or a target that cannot be planned fails later, inside the run, after
    // BEGIN is printed, as Alembic 1.8.1 fails there (it plans inside run_migrations).
    return;
  }
  // Offline, no checksum is kept, so a file known unchanged need not be read again.
  await script.importRevisions(steps.flatMap((s) => (s.kind === "revision" ? [s.script] : [])), { checksums: false });
}

type Plan = (map: RevisionMap<Script>, heads: readonly string[]) => readonly MigrationStep<Script>[];

/**
 * The plan for the same map and starting heads made once: offline, it is made to load the files
 * before env.ts runs and asked for again inside the run (10,000 steps take a while to plan).
 */
function planOnce(plan: Plan): Plan {
  let last: { map: RevisionMap<Script>; heads: readonly string[]; steps: readonly MigrationStep<Script>[] } | null = null;
  return (map, heads) => {
    if (last !== null && last.map === map && last.heads.length === heads.length && last.heads.every((h, i) => h === heads[i])) return last.steps;
    const steps = plan(map, heads);
    last = { map, heads: [...heads], steps };
    return steps;
  };
}

/** `retort upgrade REV`. Resolves to the offline SQL when `sql` is set, else "". */
export async function upgrade(config: Config, revision: string, options: MigrateOptions = {}): Promise<string> {
  const script = ScriptDirectory.fromConfig(config);
  const sql = options.sql ?? false;
  const [startingRev, destination] = splitRange(revision, sql);
  const plan = planOnce((map, heads) => planUpgrade(map, destination, heads));
  if (sql) await preloadOffline(script, startingRev, plan);
  return runEnv(config, script, {
    fn: async (heads) => plan(await script.revisionMap(), heads),
    asSql: sql,
    writes: true,
    resume: options.resume ?? config.cmdOpts["resume"] === true,
    startingRev,
    destinationRev: destination,
    tag: options.tag ?? null,
  });
}

/** `retort downgrade REV`; offline needs a `START:END` range. */
export async function downgrade(config: Config, revision: string, options: MigrateOptions = {}): Promise<string> {
  const script = ScriptDirectory.fromConfig(config);
  const sql = options.sql ?? false;
  const [startingRev, destination] = splitRange(revision, sql);
  if (startingRev === null && sql) fail("downgrade with --sql requires <fromrev>:<torev>");
  const plan = planOnce((map, heads) => planDowngrade(map, destination, heads));
  if (sql) await preloadOffline(script, startingRev, plan);
  return runEnv(config, script, {
    fn: async (heads) => plan(await script.revisionMap(), heads),
    asSql: sql,
    writes: true,
    resume: options.resume ?? config.cmdOpts["resume"] === true,
    startingRev,
    destinationRev: destination,
    tag: options.tag ?? null,
  });
}

export interface StampOptions extends MigrateOptions {
  /** Empty the version table first. */
  readonly purge?: boolean;
}

/** `retort stamp REVS...`: set the version table without running migrations. */
export async function stamp(config: Config, revisions: string | readonly string[], options: StampOptions = {}): Promise<string> {
  const script = ScriptDirectory.fromConfig(config);
  const sql = options.sql ?? false;
  const list = typeof revisions === "string" ? [revisions] : [...revisions];
  let startingRev: string | null = null;
  const destinations: string[] = [];
  for (const rev of list) {
    if (sql && rev.includes(":")) {
      const [start = "", dest = ""] = rev.split(":");
      if (startingRev !== null && startingRev !== start) fail("Stamp operation with --sql only supports a single starting revision at a time");
      startingRev = start;
      destinations.push(dest);
    } else {
      destinations.push(rev);
    }
  }
  return runEnv(config, script, {
    fn: async (heads) => planStamp(await script.revisionMap(), destinations, heads, options.purge ?? false),
    asSql: sql,
    writes: true,
    startingRev,
    destinationRev: destinations,
    tag: options.tag ?? null,
    purge: options.purge ?? false,
    stamp: true,
  });
}

/** `retort ensure_version`: create the version table if it is missing. */
export async function ensureVersion(config: Config, options: { readonly sql?: boolean } = {}): Promise<string> {
  const script = ScriptDirectory.fromConfig(config);
  return runEnv(config, script, {
    fn: async (_heads, context) => {
      await context.ensureVersionTableExists();
      return [];
    },
    asSql: options.sql ?? false,
    dontMutate: true,
    writes: true,
  });
}
