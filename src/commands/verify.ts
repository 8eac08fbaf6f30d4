import type { Config } from "../config/config.js";
import { describeChange } from "../runtime/migration-context.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { fail } from "../util/errors.js";
import { runEnv } from "./run-env.js";

/**
 * `retort verify`: every applied revision whose file changed, or is gone, since it was applied
 * (by the checksum recorded with it), one line each on stdout; fails when there is any.
 * Resolves to the number of applied revisions checked.
 */
export async function verify(config: Config): Promise<number> {
  const script = ScriptDirectory.fromConfig(config);
  let checked = 0;
  let changed = 0;
  await runEnv(config, script, {
    fn: async (_heads, context) => {
      if (context.asSql) fail("verify reads the database: it has no offline (--sql) mode");
      const report = await context.verifyChecksums();
      for (const c of report.changed) config.write(`${describeChange(c)}\n`);
      checked = report.checked;
      changed = report.changed.length;
      return [];
    },
    dontMutate: true,
  });
  if (changed > 0) fail(`${changed} of the ${checked} applied revisions with a recorded checksum differ from their files`);
  config.write(checked === 1 ? "1 applied revision matches its file.\n" : `${checked} applied revisions match their files.\n`);
  return checked;
}
