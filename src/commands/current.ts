import type { Config } from "../config/config.js";
import { writeCurrent } from "../script/format.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { runEnv } from "./run-env.js";

/** `retort current [-v]`: the revisions the database is at. Resolves to the current heads. */
export async function current(config: Config, options: { readonly verbose?: boolean } = {}): Promise<readonly string[]> {
  const script = ScriptDirectory.fromConfig(config);
  let found: readonly string[] = [];
  await runEnv(config, script, {
    fn: async (heads, context) => {
      const map = await script.revisionMap();
      writeCurrent((text) => config.write(text), map, heads, { verbose: options.verbose ?? false, url: context.connection?.url.toString() ?? "" });
      found = heads;
      return [];
    },
    dontMutate: true,
  });
  return found;
}
