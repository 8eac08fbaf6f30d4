import type { Config } from "../config/config.js";
import { formatBranches, formatHeads, formatHistory, formatShow, historyNeedsCurrent } from "../script/format.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { asBool } from "../util/as-bool.js";

/** env.ts runs only where the command needs it, and only then is the runtime loaded. */
const runEnv: typeof import("./run-env.js").runEnv = async (...args) => (await import("./run-env.js")).runEnv(...args);

/*
 * The graph commands. Only `history -i`, a `current` range, `show current` and
 * `revision_environment` run env.ts; otherwise they read the graph and nothing else.
 */

/** Prints text that already ends in newlines (Config.print adds one per call). */
const printAll = (config: Config, text: string): void => config.write(text);

export interface HistoryOptions {
  readonly revRange?: string | null;
  readonly verbose?: boolean;
  readonly indicateCurrent?: boolean;
}

/** `retort history [-r START:END] [-v] [-i]`. */
export async function history(config: Config, options: HistoryOptions = {}): Promise<void> {
  const script = ScriptDirectory.fromConfig(config);
  const o = { range: options.revRange ?? null, verbose: options.verbose ?? false, indicateCurrent: options.indicateCurrent ?? false };
  const map = await script.revisionMap();
  const environment = asBool(config.getMainOption("revision_environment"));
  if (historyNeedsCurrent(o) || environment) {
    await runEnv(config, script, {
      fn: async (currentHeads) => {
        printAll(config, formatHistory(map, { ...o, currentHeads }));
        return [];
      },
      dontMutate: true,
    });
  } else {
    printAll(config, formatHistory(map, o));
  }
}

/** `retort heads [-v] [--resolve-dependencies]`. */
export async function heads(config: Config, options: { readonly verbose?: boolean; readonly resolveDependencies?: boolean } = {}): Promise<void> {
  const map = await ScriptDirectory.fromConfig(config).revisionMap();
  printAll(config, formatHeads(map, options));
}

/** `retort branches [-v]`: each branch point and the revisions it branches into. */
export async function branches(config: Config, options: { readonly verbose?: boolean } = {}): Promise<void> {
  const map = await ScriptDirectory.fromConfig(config).revisionMap();
  printAll(config, formatBranches(map, options));
}

/** `retort show REV`: the verbose entry of each revision the symbol names. */
export async function show(config: Config, rev: string): Promise<void> {
  const script = ScriptDirectory.fromConfig(config);
  const map = await script.revisionMap();
  if (rev !== "current") return printAll(config, formatShow(map, rev));
  await runEnv(config, script, {
    fn: async (currentHeads) => {
      printAll(config, formatShow(map, rev, currentHeads));
      return [];
    },
    dontMutate: true,
  });
}
