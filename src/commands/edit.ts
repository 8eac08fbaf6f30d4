import type { Config } from "../config/config.js";
import { getRevisionsPublic } from "../script/graph/resolve.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { openInEditor } from "../util/editor.js";
import { fail } from "../util/errors.js";

/** env.ts runs only where the command needs it, and only then is the runtime loaded. */
const runEnv: typeof import("./run-env.js").runEnv = async (...args) => (await import("./run-env.js")).runEnv(...args);

/** `retort edit REV`: open the revision file(s) in $EDITOR (or $VISUAL); a failing editor fails the command. */
export async function edit(config: Config, rev: string): Promise<void> {
  const script = ScriptDirectory.fromConfig(config);
  const map = await script.revisionMap();
  if (rev === "current") {
    await runEnv(config, script, {
      fn: async (heads) => {
        if (heads.length === 0) fail("No current revisions");
        for (const node of getRevisionsPublic(map, heads)) openInEditor(node.script.path);
        return [];
      },
      dontMutate: true,
    });
    return;
  }
  const nodes = getRevisionsPublic(map, rev);
  if (nodes.length === 0) fail(`No revision files indicated by symbol '${rev}'`);
  for (const node of nodes) openInEditor(node.script.path);
}
