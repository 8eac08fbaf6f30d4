import type { RevisionRecord } from "../script.js";
import { pyStr, RangeNotAncestorError, RevisionError, withRevisionErrors, type RevArg } from "./errors.js";
import { BASE, getRevisionRaw, getRevisionsRaw, isNode, resolveBranch, type Resolved } from "./resolve.js";
import { parseDowngradeTarget, parseUpgradeTarget } from "./targets.js";
import { ancestorsOf, descendantsOf, idSet } from "./traverse.js";
import type { RevisionMap, RevisionNode } from "./types.js";

/*
 * Range selection and ordering, after Alembic's `_collect_upgrade_revisions`,
 * `_collect_downgrade_revisions`, `_topological_sort` and `iterate_revisions`
 * (script/revision.py), and `ScriptDirectory.walk_revisions` (script/base.py).
 */

type Map_ = RevisionMap<RevisionRecord>;
type Node = RevisionNode<RevisionRecord>;

/** Where Alembic asserts that a lookup produced a revision. */
function asRevision(r: Resolved, what: string): Node {
  if (!isNode(r)) throw new RevisionError(`${what} does not name a revision`);
  return r;
}

/**
 * `_topological_sort`: the revisions from the heads down, each after everything that depends on
 * it. Heads start in map order; the walk follows one line down until another pending line
 * still needs the candidate, then switches to that line, exactly as Alembic does.
 *
 * Alembic keeps each pending line's ancestor set, recomputing it from scratch at merge points
 * and dependencies. Ours are bitsets over map positions, computed once per revision that can
 * start a line, parents first, each reusing the sets of such revisions below it; and shared
 * rather than trimmed on plain moves (Alembic removes the revision just emitted, but an emitted
 * revision is never a candidate again, so the answers are the same).
 */
export function topologicalSort(map: Map_, revisions: Iterable<Node>, heads: readonly Resolved[]): string[] {
  const nodes = map.nodes;
  const n = nodes.length;
  const parentIdx = nodes.map((node) => node.normalizedDownRevisions.map((id) => map.nodeOf(id).index));
  const parents = (i: number): number[] => parentIdx[i] as number[];
  const has = (bits: Uint32Array, i: number) => ((bits[i >>> 5] as number) & (1 << (i & 31))) !== 0;
  const todo = new Uint8Array(n);
  let pending = 0;
  for (const r of revisions) {
    if (!todo[r.index]) pending++;
    todo[r.index] = 1;
  }
  const start = new Set<number>();
  for (const h of heads) if (isNode(h) && todo[h.index]) start.add(h.index);
  const currentHeads = [...start].sort((a, b) => a - b);

  // The revisions whose ancestor sets the walk can ask for: the heads, and the pending parents
  // of every revision where the walk does not simply move down one line.
  const linear = (node: Node) => node.normalizedDependencies.length === 0 && node.downRevisions.length === 1;
  const wanted = new Set<number>(currentHeads);
  for (const node of nodes) {
    if (todo[node.index] && !linear(node)) for (const p of parents(node.index)) if (todo[p]) wanted.add(p);
  }
  const words = (n + 31) >>> 5;
  const memo = new Map<number, Uint32Array>();
  for (const x of [...wanted].sort((a, b) => (nodes[a] as Node).rank - (nodes[b] as Node).rank)) {
    const bits = new Uint32Array(words);
    const stack = [x];
    while (stack.length > 0) {
      const i = stack.pop() as number;
      if (has(bits, i)) continue;
      const known = i !== x ? memo.get(i) : undefined;
      if (known) {
        for (let w = 0; w < words; w++) bits[w] = (bits[w] as number) | (known[w] as number);
        continue;
      }
      bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
      for (const p of parents(i)) stack.push(p);
    }
    memo.set(x, bits);
  }
  const ancestors = (i: number) => memo.get(i) as Uint32Array;

  const inHeads = new Uint8Array(n);
  for (const h of currentHeads) inHeads[h] = 1;
  const ancestorsByIdx = currentHeads.map(ancestors);
  const output: string[] = [];
  let idx = 0;
  while (currentHeads.length > 0) {
    const candidate = currentHeads[idx] as number;
    const other = ancestorsByIdx.findIndex((anc, j) => j !== idx && has(anc, candidate));
    if (other >= 0) {
      // Another pending line still depends on the candidate: walk that one first.
      idx = other;
      continue;
    }
    const rev = nodes[candidate] as Node;
    if (todo[candidate]) {
      todo[candidate] = 0;
      pending--;
      output.push(rev.revision);
    }
    const add = parents(candidate).filter((r) => todo[r] && !inHeads[r]);
    inHeads[candidate] = 0;
    if (add.length === 0) {
      currentHeads.splice(idx, 1);
      ancestorsByIdx.splice(idx, 1);
      idx = Math.max(idx - 1, 0);
    } else if (linear(rev)) {
      // Plain movement down a line: the same ancestors serve (see above).
      currentHeads[idx] = add[0] as number;
      inHeads[add[0] as number] = 1;
    } else {
      currentHeads[idx] = add[0] as number;
      currentHeads.push(...add.slice(1));
      for (const a of add) inHeads[a] = 1;
      ancestorsByIdx[idx] = ancestors(add[0] as number);
      ancestorsByIdx.push(...add.slice(1).map(ancestors));
    }
  }
  if (pending > 0) {
    const left = nodes.filter((node) => todo[node.index]).map((node) => node.revision);
    throw new RevisionError(`Revisions not reachable from the heads: ${left.join(", ")}`);
  }
  return output;
}

export interface CollectOptions {
  readonly inclusive?: boolean;
  readonly implicitBase?: boolean;
  readonly assertRelativeLength?: boolean;
}

/** `_collect_upgrade_revisions`: what must be applied to go from `lower` to `upper`. */
export function collectUpgradeRevisions(
  map: Map_,
  upper: RevArg,
  lower: RevArg,
  o: CollectOptions,
): { revisions: Set<Node>; heads: Node[] } {
  const assertLen = o.assertRelativeLength ?? true;
  let targets = parseUpgradeTarget(map, lower, upper, assertLen).map((r) => asRevision(r, pyStr(upper)));
  if (typeof lower === "string" && lower.includes("@")) {
    // Named bases: LABEL@... limits the targets to that branch.
    let branch = lower.slice(0, lower.indexOf("@"));
    const branchRev = getRevisionRaw(map, branch);
    if (branchRev !== null && branchRev.revision === branch) {
      // A revision id was used as the label; take its branch's label instead.
      if (branchRev.branchLabels.length !== 1) {
        throw new RevisionError(`Revision ${branch} does not belong to exactly one branch`);
      }
      branch = branchRev.branchLabels[0] as string;
    }
    targets = targets.filter((t) => t.branchLabels.includes(branch));
  }
  const required = idSet(ancestorsOf(map, targets, { check: true }));
  for (const t of targets) required.add(t.revision);

  let current: Resolved[] = getRevisionsRaw(map, lower);
  if (!o.implicitBase && current.some((r) => r !== null && !(isNode(r) && required.has(r.revision)))) {
    throw new RangeNotAncestorError(lower, upper);
  }
  if (current.length > 0 && current[0] === null) {
    // lower is relative (-N from a head that walked off the end): parse it as a downgrade target.
    const { revision } = parseDowngradeTarget(map, upper, lower as string, assertLen);
    if (revision === null) throw new RevisionError(`Relative revision ${pyStr(lower)} does not name a revision`);
    if (revision === BASE) {
      current = [];
      lower = null;
    } else {
      current = [revision];
      lower = revision.revision;
    }
  }
  const currentNodes = current.map((r) => asRevision(r, pyStr(lower)));
  const currentSet = idSet(ancestorsOf(map, currentNodes, { check: true }));
  for (const c of currentNodes) currentSet.add(c.revision);

  let needs = new Set([...required].filter((id) => !currentSet.has(id)));
  if (o.inclusive) {
    for (const r of getRevisionsRaw(map, lower)) needs.add(asRevision(r, pyStr(lower)).revision);
  }
  if (currentNodes.length > 0 && !o.implicitBase) {
    const below = idSet(descendantsOf(map, currentNodes, { check: true, includeDependencies: false }));
    needs = new Set([...needs].filter((id) => below.has(id)));
  }
  return { revisions: new Set([...needs].map((id) => map.nodeOf(id))), heads: targets };
}

/** `_collect_downgrade_revisions`: what must be undone to go from `upper` down to `target`. */
export function collectDowngradeRevisions(
  map: Map_,
  upper: RevArg,
  target: RevArg,
  o: CollectOptions,
): { revisions: Set<Node>; heads: Resolved[] } {
  if (target !== null && typeof target !== "string") throw new RevisionError("Expected downgrade target in string form");
  const parsed = parseDowngradeTarget(map, upper, target, o.assertRelativeLength ?? true);
  const targetRev = parsed.revision === BASE ? null : parsed.revision;
  let roots: Node[];
  if (targetRev === null) roots = map.nodes.filter((n) => n.isBase);
  else if (o.inclusive) roots = [targetRev];
  else roots = getRevisionsRaw(map, targetRev.nextRevisions).filter(isNode);

  if (parsed.branch && roots.length > 1) {
    const branchRev = resolveBranch(map, parsed.branch);
    const ancestors = idSet(ancestorsOf(map, branchRev ? [branchRev] : [], { includeDependencies: false }));
    roots = roots.filter((r) => ancestors.has(r.revision));
    if (roots.length === 0) throw new RevisionError("Not a valid downgrade target from current heads");
  }
  const heads = getRevisionsRaw(map, upper);
  const headNodes = heads.map((h) => asRevision(h, pyStr(upper)));
  const active = idSet(ancestorsOf(map, headNodes));
  const drop = new Set([...idSet(descendantsOf(map, roots))].filter((id) => active.has(id)));
  if (o.implicitBase) {
    const kept = idSet(ancestorsOf(map, roots));
    for (const id of active) if (!kept.has(id)) drop.add(id);
  }
  if (targetRev !== null && drop.size === 0 && !headNodes.includes(targetRev)) {
    throw new RangeNotAncestorError("Nothing to drop", upper);
  }
  return { revisions: new Set([...drop].map((id) => map.nodeOf(id))), heads };
}

export interface IterateOptions extends CollectOptions {
  readonly selectForDowngrade?: boolean;
}

/** `iterate_revisions`: the selected revisions, newest first. */
export function iterateRevisions<S extends RevisionRecord>(
  map: RevisionMap<S>,
  upper: RevArg,
  lower: RevArg,
  o: IterateOptions = {},
): RevisionNode<S>[] {
  const m = map as Map_;
  const { revisions, heads } = o.selectForDowngrade
    ? collectDowngradeRevisions(m, upper, lower, o)
    : collectUpgradeRevisions(m, upper, lower, o);
  return topologicalSort(m, revisions, heads).map((id) => map.nodeOf(id));
}

/**
 * `ScriptDirectory.walk_revisions`: every revision from `base` to `head`, newest first, with
 * Alembic's command-level error wording.
 */
export function walkRevisions<S extends RevisionRecord>(
  map: RevisionMap<S>,
  base: RevArg = "base",
  head: RevArg = "heads",
): RevisionNode<S>[] {
  return withRevisionErrors({ start: base, end: head }, () =>
    iterateRevisions(map, head, base, { inclusive: true, assertRelativeLength: false }),
  );
}
