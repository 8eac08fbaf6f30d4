import { spawnSync } from "node:child_process";
import type { Config } from "../config/config.js";
import { getRevisionsPublic } from "../script/graph/resolve.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { fail } from "../util/errors.js";
import { runEnv } from "./run-env.js";

/** `retort edit REV`: open the revision file(s) in $EDITOR (or $VISUAL). */
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

function openInEditor(path: string): void {
  const editor = process.env["EDITOR"] || process.env["VISUAL"];
  if (!editor) fail("No suitable editor found. Please set the 'EDITOR' or 'VISUAL' environment variables");
  const r = spawnSync(editor, [path], { stdio: "inherit", shell: true });
  if (r.error) fail(`Could not run editor '${editor}': ${r.error.message}`);
}
