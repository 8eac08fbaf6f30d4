import type { RevisionRecord } from "../script.js";
import { RevisionError, type RevArg } from "./errors.js";
import {
  BASE,
  filterForLineage,
  getAllCurrent,
  getRevisionRaw,
  getRevisionsRaw,
  isNode,
  walk,
  type Resolved,
} from "./resolve.js";
import { ancestorsOf } from "./traverse.js";
import type { RevisionMap, RevisionNode } from "./types.js";

/*
 * Parsing of upgrade/downgrade destinations, after Alembic's `_parse_upgrade_target` and
 * `_parse_downgrade_target` (script/revision.py): absolute identifiers, and the relative forms
 * `+N`, `-N`, `REV+N`, `REV-N`, `LABEL@+N`, `LABEL@-N`, `LABEL@REV-N`.
 */

type Map_ = RevisionMap<RevisionRecord>;
type Node = RevisionNode<RevisionRecord>;

/**
 * Alembic's `_relative_destination`, used with re.match: anchored at the start only. Python's
 * `\w` is Unicode-aware, hence the property classes.
 */
const RELATIVE = /^(?:(.+?)@)?([\p{L}\p{N}_]+)?([+-][0-9]+)/u;

export function matchRelative(target: string): { branch: string | null; symbol: string | null; relative: string } | null {
  const m = RELATIVE.exec(target);
  if (!m) return null;
  return { branch: m[1] ?? null, symbol: m[2] ?? null, relative: m[3] as string };
}

/** Python's util.to_tuple for a revision argument. */
export const toTuple = (v: RevArg): readonly string[] | null => (v === null ? null : typeof v === "string" ? [v] : v);

const fail = (message: string): never => {
  throw new RevisionError(message);
};

const didntProduce = (relative: string | number, count: number) =>
  new RevisionError(`Relative revision ${relative} didn't produce ${count} migrations`);

/** `_parse_downgrade_target`: the branch label named (if any) and the target revision. */
export function parseDowngradeTarget(
  map: Map_,
  currentRevisions: RevArg,
  target: string | null,
  assertRelativeLength: boolean,
): { branch: string | null; revision: Resolved } {
  if (target === null) return { branch: null, revision: null };
  const m = matchRelative(target);
  if (m) {
    let { branch, symbol } = m;
    const relInt = Number(m.relative);
    if (relInt >= 0) {
      if (symbol === null) throw didntProduce(m.relative, Math.abs(relInt));
      const rev = walk(map, symbol, relInt, branch, assertRelativeLength);
      if (rev === null) throw new RevisionError("Walked too far");
      return { branch, revision: rev };
    }
    const relativeRevision = symbol === null;
    if (relativeRevision) {
      const current = toTuple(currentRevisions) ?? [];
      if (branch) {
        let symbols: string[] = filterForLineage(map, current, branch);
        if (symbols.length === 0) {
          // All other branch heads may depend on the current single head.
          symbols = filterForLineage(map, getAllCurrent(map, current), branch).map((r) => r.revision);
        }
        if (symbols.length !== 1) {
          throw new RevisionError(`Can't determine a single current revision on branch '${branch}'`);
        }
        symbol = symbols[0] as string;
      } else {
        if (current.length === 0) throw didntProduce(m.relative, Math.abs(relInt));
        // Alembic warns here when several heads are current, and takes the first.
        symbol = current[0] as string;
        branch = symbol;
      }
    }
    const start = getRevisionRaw(map, branch === null ? (symbol as string) : `${branch}@${symbol}`);
    const rev = walk(map, start, relInt, null, assertRelativeLength);
    if (rev === null) throw relativeRevision ? didntProduce(m.relative, Math.abs(relInt)) : new RevisionError("Walked too far");
    return { branch, revision: rev };
  }
  const at = target.lastIndexOf("@");
  const branch = at > 0 ? target.slice(0, at) : null;
  return { branch, revision: getRevisionRaw(map, target.slice(at + 1)) };
}

/** `_parse_upgrade_target`: the revisions an upgrade destination names. */
export function parseUpgradeTarget(
  map: Map_,
  currentRevisions: RevArg,
  target: RevArg,
  assertRelativeLength: boolean,
): Resolved[] {
  const m = typeof target === "string" ? matchRelative(target) : null;
  if (!m) return getRevisionsRaw(map, target);
  let current: readonly (string | null)[] | null = toTuple(currentRevisions);
  const { branch, symbol } = m;
  const relative = Number(m.relative);
  if (relative > 0) {
    if (symbol !== null) return [walk(map, getRevisionRaw(map, symbol), relative, branch, assertRelativeLength)];
    if (!current || current.length === 0) current = [null];
    let starts: readonly (string | Node | null)[] = current;
    if (branch) {
      const found = getRevisionsRaw(map, current.filter((c): c is string => c !== null));
      // A walk below base gives Alembic the string "base", which the lineage check then cannot find.
      const asTargets = found.map((r) => (r === BASE ? "base" : r ?? fail("No revision to start from")));
      starts = filterForLineage(map, asTargets, branch);
      const revs = found.filter(isNode);
      if (starts.length === 0) {
        // The branch is not current: start from its tip among the current revisions' ancestors.
        const active = filterForLineage(map, ancestorsOf(map, revs), branch);
        const below = new Set(active.flatMap((r) => r.normalizedDownRevisions));
        starts = active.map((r) => r.revision).filter((id) => !below.has(id));
        if (starts.length === 0) starts = [null];
      }
    }
    if (starts.length > 1) throw new RevisionError("Ambiguous upgrade from multiple current revisions");
    const start = starts[0] ?? null;
    const rev = walk(map, typeof start === "string" ? getRevisionRaw(map, start) : start, relative, branch, assertRelativeLength);
    if (rev === null) throw didntProduce(m.relative, Math.abs(relative));
    return [rev];
  }
  if (symbol === null) throw didntProduce(relative, Math.abs(relative));
  const start = getRevisionRaw(map, branch === null ? symbol : `${branch}@${symbol}`);
  return [walk(map, start, relative, null, assertRelativeLength)];
}

export { BASE };
