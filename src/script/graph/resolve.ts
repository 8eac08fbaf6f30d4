import type { RevisionRecord } from "../script.js";
import { MultipleHeadsError, ResolutionError, RevisionError, withRevisionErrors } from "./errors.js";
import { comparePy } from "./py-set-order.js";
import { ancestorsOf, descendantsOf } from "./traverse.js";
import type { RevisionMap, RevisionNode } from "./types.js";

/*
 * Identifier resolution, after Alembic's RevisionMap (script/revision.py): `_resolve_revision_number`,
 * `get_revision(s)`, `_revision_for_ident`, `_resolve_branch`, `filter_for_lineage`, `_walk`.
 * These raise the graph's own errors (errors.ts); `getRevision`/`getRevisions` on the map wrap
 * them into the command-level wording.
 */

type Map_ = RevisionMap<RevisionRecord>;
type Node = RevisionNode<RevisionRecord>;
/** The string "base" that Alembic's `_walk` returns after stepping below a base revision. */
export const BASE: unique symbol = Symbol("base");
/** What Alembic's lookups can produce: a revision, None (base), or BASE from walks. */
export type Resolved = Node | null | typeof BASE;
/** Input to lookups: a string, a list of them, or null (base). */
export type Ident = string | readonly string[] | null;

/** Python's int() on a string, or null when it would raise ValueError. */
export function pyInt(s: string): number | null {
  if (!/^\s*[+-]?\d+(?:_\d+)*\s*$/.test(s)) return null;
  return Number(s.replace(/_/g, "").trim());
}

/** `_resolve_revision_number`: symbols to ids, plus the `LABEL@` prefix if any. */
export function resolveRevisionNumber(map: Map_, id: Ident): { ids: readonly string[]; branch: string | null } {
  // Alembic loads its map here whatever the identifier ("base" too), so a broken graph fails
  // at the first lookup (a lazily built map, revision-map.ts).
  void map.nodes;
  let branch: string | null = null;
  let rest: Ident = id;
  if (typeof id === "string" && id.includes("@")) {
    const at = id.indexOf("@");
    branch = id.slice(0, at);
    rest = id.slice(at + 1);
  }
  if (rest === "heads") {
    return { ids: branch ? filterForLineage(map, map.heads, branch) : map.realHeads, branch };
  }
  if (rest === "head") {
    const head = currentHead(map, branch);
    return { ids: head === null ? [] : [head], branch };
  }
  if (rest === "base" || rest === null) return { ids: [], branch };
  return { ids: typeof rest === "string" ? [rest] : rest, branch };
}

/** `get_current_head`: the single head, optionally within a branch. */
export function currentHead(map: Map_, branch: string | null): string | null {
  let heads: readonly string[] = map.heads;
  if (branch) heads = filterForLineage(map, heads, branch);
  if (heads.length > 1) throw new MultipleHeadsError(heads, branch ? `${branch}@head` : "head");
  return heads[0] ?? null;
}

/** `get_revisions`: every revision an identifier (or list of them) names. */
export function getRevisionsRaw(map: Map_, id: Ident): Resolved[] {
  if (Array.isArray(id)) return (id as readonly string[]).flatMap((one) => getRevisionsRaw(map, one));
  const { ids, branch } = resolveRevisionNumber(map, id);
  if (ids.length === 1) {
    const steps = pyInt(ids[0] as string);
    if (steps !== null && steps < 0) {
      // LABEL@-N and -N: walk down from the heads (Alembic's "heads" means the real heads here).
      let heads = getRevisionsRaw(map, "heads");
      if (branch !== null) heads = heads.filter((h) => isNode(h) && h.branchLabels.includes(branch));
      return heads.map((h) => walk(map, h, steps));
    }
  }
  return ids.map((one) => revisionForIdent(map, one, branch));
}

/** `get_revision`: exactly one revision (or null for base). */
export function getRevisionRaw(map: Map_, id: string | null): Node | null {
  const { ids, branch } = resolveRevisionNumber(map, id);
  if (ids.length > 1) throw new MultipleHeadsError(ids, id);
  return revisionForIdent(map, ids[0] ?? null, branch);
}

/** `_resolve_branch`: a label, an id or a unique prefix naming the branch. */
export function resolveBranch(map: Map_, label: string): Node | null {
  const exact = map.labelNode(label) ?? map.node(label);
  if (exact) return exact;
  try {
    return revisionForIdent(map, label, null);
  } catch (err) {
    if (err instanceof ResolutionError) throw new ResolutionError(`No such branch: '${label}'`, label);
    throw err;
  }
}

/** Identifiers longer than 3 characters that start with `prefix`, in map order. */
function prefixMatches(map: Map_, prefix: string): string[] {
  const sorted = map.sortedIdentifiers;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const found = new Set<string>();
  for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(prefix); i++) {
    if ((sorted[i] as string).length > 3) found.add(sorted[i] as string);
  }
  if (found.size === 0) return [];
  const rank = (k: string) => map.node(k)?.index ?? map.nodes.length + map.identifiers.indexOf(k);
  return [...found].sort((a, b) => rank(a) - rank(b));
}

const lookupKey = (map: Map_, key: string): Node | undefined => map.node(key) ?? map.labelNode(key);

/** `_revision_for_ident`: an exact id or label, else a unique prefix; checked against a branch. */
export function revisionForIdent(map: Map_, id: string | null, checkBranch: string | null): Node | null {
  const branchRev = checkBranch ? resolveBranch(map, checkBranch) : null;
  let revision: Node | null = null;
  if (id !== null) {
    const exact = lookupKey(map, id);
    if (exact) revision = exact;
    else {
      let revs = prefixMatches(map, id);
      if (branchRev && checkBranch) revs = [...filterForLineage(map, revs, checkBranch)];
      if (revs.length === 0) {
        const hint = id.length < 4 ? "; please ensure at least four characters are present for partial revision identifier matches" : "";
        throw new ResolutionError(`No such revision or branch '${id}'${hint}`, id);
      }
      if (revs.length > 1) {
        const some = revs.slice(0, 3).map((r) => `'${r}'`).join(", ");
        throw new ResolutionError(`Multiple revisions start with '${id}': ${some}...`, id, revs);
      }
      revision = lookupKey(map, revs[0] as string) as Node;
    }
  }
  if (checkBranch && revision !== null && branchRev !== null) {
    if (!sharesLineage(map, [revision], [branchRev])[0]) {
      throw new ResolutionError(`Revision ${revision.revision} is not a member of branch '${checkBranch}'`, id ?? "");
    }
  }
  return revision;
}

/**
 * `filter_for_lineage`: the targets that are an ancestor or descendant of (or equal to) what
 * `checkAgainst` names. Alembic walks the graph once per target; lineage is symmetric, so we walk
 * once from the names instead and keep the same answers.
 */
export function filterForLineage<T extends string | Node>(
  map: Map_,
  targets: readonly T[],
  checkAgainst: string | null,
  includeDependencies = false,
): T[] {
  const { ids, branch } = resolveRevisionNumber(map, checkAgainst);
  const shares: string[] = [...(branch ? [branch] : []), ...ids];
  if (targets.length === 0) return [];
  if (shares.length === 0) return [...targets];
  const resolvedTargets = targets.map((t): Node => (typeof t === "string" ? (revisionForIdent(map, t, null) as Node) : (t as Node)));
  const against = shares.map((s) => revisionForIdent(map, s, null)).filter((n): n is Node => n !== null);
  const keep = sharesLineage(map, resolvedTargets, against, includeDependencies);
  return targets.filter((_, i) => keep[i]);
}

/** For each target: is it an ancestor or descendant of (or one of) `against`? */
export function sharesLineage(
  map: Map_,
  targets: readonly Node[],
  against: readonly Node[],
  includeDependencies = false,
): boolean[] {
  const o = { includeDependencies };
  const lineage = new Set<string>();
  for (const n of ancestorsOf(map, against, o)) lineage.add(n.revision);
  for (const n of descendantsOf(map, against, o)) lineage.add(n.revision);
  return targets.map((t) => lineage.has(t.revision));
}

export const isNode = (r: Resolved | undefined): r is Node => r !== null && r !== undefined && r !== BASE;

/**
 * `_walk`: `steps` up (> 0) or down (< 0) from `start` (null is below the bases). Walking past
 * the end gives null, or stops where it is when `noOverwalk` is false.
 */
export function walk(
  map: Map_,
  start: Resolved | string,
  steps: number,
  branch: string | null = null,
  noOverwalk = true,
): Resolved {
  let initial: Resolved = typeof start === "string" ? getRevisionRaw(map, start) : start;
  for (let i = 0; i < Math.abs(steps); i++) {
    let children: Resolved[];
    if (steps > 0) {
      if (initial === BASE) throw new RevisionError("Cannot walk up from 'base'");
      const up = getRevisionsRaw(map, initial === null ? map.bases : initial.nextRevisions) as Node[];
      children = branch ? filterForLineage(map, up, branch) : up;
    } else if (initial === BASE) {
      children = [];
    } else {
      children = getRevisionsRaw(map, initial === null ? map.heads : initial.downRevisions);
      if (children.length === 0) children = [BASE];
    }
    if (children.length === 0) return noOverwalk ? null : initial;
    if (children.length > 1) throw new RevisionError("Ambiguous walk");
    initial = children[0] as Resolved;
  }
  return initial;
}

/** `_get_all_current`: the branch tips among the given revisions and all their ancestors. */
export function getAllCurrent(map: Map_, ids: readonly string[]): Node[] {
  const top = getRevisionsRaw(map, ids).filter(isNode);
  const all = new Set<string>(top.map((n) => n.revision));
  for (const n of ancestorsOf(map, top, { includeDependencies: true })) all.add(n.revision);
  // The set is closed under ancestry, so a revision has a descendant in it iff a child is in it.
  // Alembic returns a set of Scripts (address order); we sort by revision id.
  return map.nodes
    .filter((n) => all.has(n.revision) && !n.nextRevisions.some((c) => all.has(c)))
    .sort((a, b) => comparePy(a.revision, b.revision));
}

/** Map-level `get_revision` with ScriptDirectory's error wording. */
export function getRevisionPublic<S extends RevisionRecord>(map: RevisionMap<S>, id: string | null): RevisionNode<S> | null {
  return withRevisionErrors({}, () => getRevisionRaw(map as Map_, id) as RevisionNode<S> | null);
}

/** Map-level `get_revisions` with ScriptDirectory's error wording; walks past an end fail. */
export function getRevisionsPublic<S extends RevisionRecord>(map: RevisionMap<S>, id: Ident): RevisionNode<S>[] {
  const found = withRevisionErrors({}, () => getRevisionsRaw(map as Map_, id));
  return found.map((r) => {
    if (!isNode(r)) throw new RevisionError(`Relative revision ${String(id)} does not name a revision`);
    return r as RevisionNode<S>;
  });
}
