/**
 * Autogenerate inside a run of env.ts (Alembic's RevisionContext / retrieve_migrations): the
 * MigrationsFn that compares instead of migrating, after checking that the database is at head.
 */
import { currentEnvironment } from "../runtime/environment.js";
import type { MigrationsFn } from "../runtime/migration-context.js";
import { fail } from "../util/errors.js";
import { produceOps } from "./api.js";
import type { MigrationScriptOps } from "./migration-ops.js";
import { autogenOptions, type AutogenOptions } from "./options.js";
import type { MigrationContext } from "../runtime/migration-context.js";

export interface AutogenResult {
  readonly ops: MigrationScriptOps;
  readonly options: AutogenOptions;
  readonly context: MigrationContext;
  readonly queries: number;
}

/** Runs once per configure()d database; `onResult` gets each comparison. */
export function autogenerateFn(onResult: (r: AutogenResult) => void): MigrationsFn {
  return async (heads, context) => {
    const env = currentEnvironment();
    const scriptHeads = env.getHeadRevisions();
    const same = heads.length === scriptHeads.length && heads.every((h) => scriptHeads.includes(h));
    if (!same) fail("Target database is not up to date.");
    const conn = context.connection ?? fail("autogenerate can't use as_sql=True as it prints out SQL scripts. Use a connection.");
    const options = autogenOptions(context.opts, context.versionTableName);
    if (options.targetMetadata.length === 0) {
      fail("Can't proceed with --autogenerate option; environment script env.ts does not provide a MetaData object or sequence of objects to the context.");
    }
    const info = (m: string) => env.log("INFO", m, "retort.autogenerate.compare");
    const { ops, queries } = await produceOps(context.dialect, conn, options, info);
    onResult({ ops, options, context, queries });
    return [];
  };
}
