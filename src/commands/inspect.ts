import type { Config } from "../config/config.js";
import { cmdFormat, logEntry } from "../script/graph/describe.js";
import { getRevisionPublic, getRevisionsPublic } from "../script/graph/resolve.js";
import type { RevisionMap } from "../script/graph/types.js";
import { walkRevisions } from "../script/graph/walk.js";
import { ScriptDirectory } from "../script/script-directory.js";
import type { Script } from "../script/script.js";
import { fail } from "../util/errors.js";
import { runEnv } from "./run-env.js";

/*
 * The graph commands, printing what Alembic 1.8.1's command.py prints. Only `-i`, `current`
 * ranges and `revision_environment` run env.ts; the rest read the graph and nothing else.
 */

export interface HistoryOptions {
  readonly revRange?: string | null;
  readonly verbose?: boolean;
  readonly indicateCurrent?: boolean;
}

/** `retort history [-r START:END] [-v] [-i]`. */
export async function history(config: Config, options: HistoryOptions = {}): Promise<void> {
  const script = ScriptDirectory.fromConfig(config);
  let base: string | null = null;
  let head: string | null = null;
  if (options.revRange != null) {
    if (!options.revRange.includes(":")) fail("History range requires [start]:[end], [start]:, or :[end]");
    const parts = options.revRange.trim().split(":");
    if (parts.length !== 2) fail(`too many values to unpack (expected 2) in range '${options.revRange}'`);
    [base, head] = parts as [string, string];
  }
  const indicate = options.indicateCurrent ?? false;
  const environment = asBool(config.getMainOption("revision_environment")) || indicate;
  const map = await script.revisionMap();
  const display = (from: string | null, to: string | null, currents: readonly string[]): void => {
    for (const node of walkRevisions(map, from || "base", to || "heads")) {
      const current = indicate && currents.includes(node.revision);
      config.print(cmdFormat(node, options.verbose ?? false, { current, includeBranches: true, includeDoc: true, includeParents: true }));
    }
  };
  if (base === "current" || head === "current" || environment) {
    await runEnv(config, script, {
      fn: async (heads) => {
        // Alembic passes the current heads tuple where a revision string is expected.
        const here = heads.length === 0 ? null : heads.join(",");
        if (head === "current") display(base, here, heads);
        else if (base === "current") display(here, head, heads);
        else display(base, head, heads);
        return [];
      },
      dontMutate: true,
    });
  } else {
    display(base, head, []);
  }
}

export interface HeadsOptions {
  readonly verbose?: boolean;
  readonly resolveDependencies?: boolean;
}

/** `retort heads [-v] [--resolve-dependencies]`. Resolves to the head ids. */
export async function heads(config: Config, options: HeadsOptions = {}): Promise<string[]> {
  const map = await ScriptDirectory.fromConfig(config).revisionMap();
  const nodes = options.resolveDependencies ? getRevisionsPublic(map, "heads") : getRevisionsPublic(map, map.heads);
  for (const node of nodes) config.print(cmdFormat(node, options.verbose ?? false, { includeBranches: true, treeIndicators: false }));
  return nodes.map((n) => n.revision);
}

/** `retort branches [-v]`: each branch point and the revisions it branches into. */
export async function branches(config: Config, options: { readonly verbose?: boolean } = {}): Promise<void> {
  const map = await ScriptDirectory.fromConfig(config).revisionMap();
  const verbose = options.verbose ?? false;
  for (const node of walkRevisions(map)) {
    if (!node.isBranchPoint) continue;
    const pad = " ".repeat(node.revision.length);
    const children = node.nextRevisions.map((id) => `${pad} -> ${cmdFormat(nodeOf(map, id), false, { includeBranches: true, includeDoc: verbose })}`);
    config.print(`${cmdFormat(node, verbose, { includeBranches: true })}\n${children.join("\n")}\n`);
  }
}

/** `retort show REV`: the verbose entry of each revision the symbol names. */
export async function show(config: Config, rev: string): Promise<void> {
  const script = ScriptDirectory.fromConfig(config);
  const map = await script.revisionMap();
  if (rev === "current") {
    await runEnv(config, script, {
      fn: async (current) => {
        for (const node of getRevisionsPublic(map, current)) config.print(logEntry(node));
        return [];
      },
      dontMutate: true,
    });
    return;
  }
  for (const node of getRevisionsPublic(map, rev)) config.print(logEntry(node));
}

function nodeOf(map: RevisionMap<Script>, id: string) {
  return getRevisionPublic(map, id) ?? fail(`Can't locate revision identified by '${id}'`);
}

function asBool(value: string | null): boolean {
  return value !== null && ["true", "yes", "on", "1"].includes(value.trim().toLowerCase());
}
