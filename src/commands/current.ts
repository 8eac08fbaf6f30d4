import type { Config } from "../config/config.js";
import { cmdFormat } from "../script/graph/describe.js";
import { getAllCurrent } from "../script/graph/resolve.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { runEnv } from "./run-env.js";

/** `retort current [-v]`: the revisions the database is at. Resolves to their ids. */
export async function current(config: Config, options: { readonly verbose?: boolean } = {}): Promise<string[]> {
  const script = ScriptDirectory.fromConfig(config);
  const found: string[] = [];
  await runEnv(config, script, {
    fn: async (heads, context) => {
      const map = await script.revisionMap();
      if (options.verbose) config.print(`Current revision(s) for ${context.connection?.url.toString() ?? ""}:`);
      for (const node of getAllCurrent(map, heads)) {
        config.print(cmdFormat(node, options.verbose ?? false));
        found.push(node.revision);
      }
      return [];
    },
    dontMutate: true,
  });
  return found;
}
