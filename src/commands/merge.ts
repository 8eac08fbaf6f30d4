import type { Config } from "../config/config.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { generateRevision, newRevisionId } from "./revision.js";

export interface MergeOptions {
  readonly message?: string | null;
  readonly branchLabel?: string | readonly string[] | null;
  readonly revId?: string | null;
}

/** `retort merge REVS -m`: a new revision whose down revisions are the given heads. Resolves to its path. */
export async function merge(config: Config, revisions: string | readonly string[], options: MergeOptions = {}): Promise<string> {
  const script = ScriptDirectory.fromConfig(config);
  const label = options.branchLabel ?? null;
  return generateRevision(script, {
    revId: options.revId ?? newRevisionId(),
    message: options.message ?? null,
    head: revisions,
    splice: false,
    branchLabels: label === null ? null : typeof label === "string" ? [label] : label,
    versionPath: null,
    dependsOn: null,
    config,
  });
}
