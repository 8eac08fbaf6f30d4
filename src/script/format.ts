import type { RevisionRecord } from "./script.js";
import { cmdFormat, logEntry } from "./graph/describe.js";
import { RevisionError, withRevisionErrors, type RevArg } from "./graph/errors.js";
import { getAllCurrent } from "./graph/resolve.js";
import type { RevisionMap, RevisionNode } from "./graph/types.js";
import { walkRevisions } from "./graph/walk.js";

/*
 * The standard output of the graph commands, as Alembic 1.8.1's command.py prints it
 * (`heads`, `branches`, `history`, `show`, `current`). Each function returns the whole text;
 * every line Alembic prints with `config.print_stdout` ends in "\n" here too.
 */

const line = (text: string): string => `${text}\n`;

/** `heads [-v] [--resolve-dependencies]`. */
export function formatHeads(
  map: RevisionMap,
  o: { verbose?: boolean; resolveDependencies?: boolean } = {},
): string {
  // Without --resolve-dependencies Alembic lists the versioned heads; with it, "heads" (the real heads).
  const heads = map.getRevisions(o.resolveDependencies ? "heads" : map.heads);
  return heads
    .map((rev) => line(cmdFormat(rev, o.verbose ?? false, { includeBranches: true, treeIndicators: false })))
    .join("");
}

/** `branches [-v]`: each branch point, then one "->" line per child. */
export function formatBranches(map: RevisionMap, o: { verbose?: boolean } = {}): string {
  const verbose = o.verbose ?? false;
  let out = "";
  for (const sc of walkRevisions(map)) {
    if (!sc.isBranchPoint) continue;
    const pad = " ".repeat(sc.revision.length);
    const children = sc.nextRevisions
      .map((id) => `${pad} -> ${cmdFormat(map.nodeOf(id), false, { includeBranches: true, includeDoc: verbose })}`)
      .join("\n");
    out += line(`${cmdFormat(sc, verbose, { includeBranches: true })}\n${children}\n`);
  }
  return out;
}

export interface HistoryOptions {
  /** `-r START:END`; either side may be empty, or `current`. */
  readonly range?: string | null;
  readonly verbose?: boolean;
  /** `-i`: mark the revisions in `currentHeads` with " (current)". */
  readonly indicateCurrent?: boolean;
  /** The database's current heads; needed for `-i` and for `current` in the range. */
  readonly currentHeads?: readonly string[];
}

/** Splits `history -r` as command.history does. */
export function parseHistoryRange(range: string | null | undefined): { base: string | null; head: string | null } {
  if (range === null || range === undefined) return { base: null, head: null };
  if (!range.includes(":")) throw new RevisionError("History range requires [start]:[end], [start]:, or :[end]");
  const parts = range.trim().split(":");
  // Python's tuple unpacking fails on a second colon.
  if (parts.length !== 2) throw new RevisionError(`History range '${range}' has more than one ':'`);
  return { base: parts[0] as string, head: parts[1] as string };
}

/** Does `history` with these options need the database (Alembic runs env.py then)? */
export function historyNeedsCurrent(o: HistoryOptions): boolean {
  const { base, head } = parseHistoryRange(o.range);
  return base === "current" || head === "current" || (o.indicateCurrent ?? false);
}

/** `history [-r RANGE] [-v] [-i]`, newest first. */
export function formatHistory(map: RevisionMap, o: HistoryOptions = {}): string {
  const { base, head } = parseHistoryRange(o.range);
  const currents = o.currentHeads ?? [];
  // `current` in the range stands for the database's heads (an empty tuple falls back to the default).
  let from: RevArg = base;
  let to: RevArg = head;
  if (head === "current") to = currents;
  else if (base === "current") from = currents;
  const orDefault = (v: RevArg, d: string): RevArg => (v === null || v.length === 0 ? d : v);
  const revs = walkRevisions(map, orDefault(from, "base"), orDefault(to, "heads"));
  return revs
    .map((sc) =>
      line(
        cmdFormat(sc, o.verbose ?? false, {
          includeBranches: true,
          includeDoc: true,
          includeParents: true,
          current: (o.indicateCurrent ?? false) && currents.includes(sc.revision),
        }),
      ),
    )
    .join("");
}

/**
 * `show REV`: the verbose block of each revision REV names. For `show current`, pass the
 * database's heads as `currentHeads`.
 */
export function formatShow(map: RevisionMap, rev: string, currentHeads?: readonly string[]): string {
  const revs = rev === "current" ? map.getRevisions(currentHeads ?? []) : map.getRevisions(rev);
  return revs.map((sc) => line(logEntry(sc))).join("");
}

/**
 * `current [-v]`: the tips of what the database holds. With -v Alembic first prints
 * "Current revision(s) for <url>:", the URL with its password hidden: pass that text as `url`.
 */
export function formatCurrent(
  map: RevisionMap,
  currentHeads: readonly string[],
  o: { verbose?: boolean; url?: string } = {},
): string {
  let out = "";
  writeCurrent((text) => (out += text), map, currentHeads, o);
  return out;
}

/**
 * `current [-v]` written as Alembic prints it: the -v header goes out before the graph is read,
 * so it is printed even when the graph then fails (a lazily built map, revision-map.ts).
 */
export function writeCurrent(
  write: (text: string) => void,
  map: RevisionMap,
  currentHeads: readonly string[],
  o: { verbose?: boolean; url?: string } = {},
): void {
  if (o.verbose) write(line(`Current revision(s) for ${o.url ?? ""}:`));
  const revs = withRevisionErrors({}, () => getAllCurrent(map as RevisionMap<RevisionRecord>, currentHeads));
  const body = revs.map((rev) => line(cmdFormat(rev as RevisionNode, o.verbose ?? false))).join("");
  if (body) write(body);
}
