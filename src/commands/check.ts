import type { Config } from "../config/config.js";
import { diffTuples, type DiffTuple } from "../autogenerate/diff.js";
import { autogenerateFn, type AutogenResult } from "../autogenerate/run.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { fail } from "../util/errors.js";
import { runEnv } from "./run-env.js";

export interface CheckOptions {
  /** Print the differences as JSON on stdout (for CI) instead of Alembic's message. */
  readonly json?: boolean;
}

/**
 * `retort check` (Alembic 1.9): compare the database at head with the target metadata, changing
 * nothing; fails listing the differences when there are any. Resolves to the differences.
 */
export async function check(config: Config, options: CheckOptions = {}): Promise<readonly DiffTuple[]> {
  const script = ScriptDirectory.fromConfig(config);
  const results: AutogenResult[] = [];
  await runEnv(config, script, { fn: autogenerateFn((r) => results.push(r)), dontMutate: true });
  if (results.length === 0) fail("check needs env.ts to call context.runMigrations() online, where autogenerate runs");
  const diffs = results.flatMap((r) => diffTuples(r.ops.upgradeOps));
  if (options.json) config.print(JSON.stringify(diffs));
  if (diffs.length > 0) fail(`New upgrade operations detected: ${JSON.stringify(diffs)}`);
  if (!options.json) config.print("No new upgrade operations detected.");
  return diffs;
}
