import type { RevisionRecord } from "../script.js";
import { RevisionError } from "./errors.js";
import { comparePy } from "./py-set-order.js";
import type { RevisionMap, RevisionNode } from "./types.js";

type Node = RevisionNode<RevisionRecord>;
type Lookup = (id: string) => Node | undefined;
type Edges = (node: Node) => readonly string[];

/**
 * Depth-first walk from each target along `edges`, yielding each node once, in the order of
 * Alembic's `_iterate_related_revisions` (a stack; a node's related ids pushed in list order).
 * With `check`, a target that reaches another target fails with Alembic's "overlaps" message.
 */
export function iterateRelated(
  targets: readonly Node[],
  edges: Edges,
  lookup: Lookup,
  check = false,
): Node[] {
  const seen = new Set<string>();
  const out: Node[] = [];
  const targetIds = check ? new Set(targets.map((t) => t.revision)) : null;
  for (const target of targets) {
    const todo: Node[] = [target];
    const reached: string[] = [];
    while (todo.length > 0) {
      const rev = todo.pop() as Node;
      if (targetIds && rev !== target && targetIds.has(rev.revision)) reached.push(rev.revision);
      if (seen.has(rev.revision)) continue;
      seen.add(rev.revision);
      for (const id of edges(rev)) {
        const next = lookup(id);
        if (!next) throw new RevisionError("Dependency resolution failed; broken map");
        todo.push(next);
      }
      out.push(rev);
    }
    if (reached.length > 0) {
      // Alembic prints a set of Revision objects here, in memory-address order; we sort by id,
      // the rule the corpus uses for Alembic's other set orders (case 055 agrees).
      const overlaps = targets.map((t) => t.revision).filter((id) => id !== target.revision && reached.includes(id));
      throw new RevisionError(
        `Requested revision ${target.revision} overlaps with other requested revisions ${[...new Set(overlaps)].sort(comparePy).join(", ")}`,
      );
    }
  }
  return out;
}

export const versionedDown: Edges = (n) => n.downRevisions;
export const normalizedDown: Edges = (n) => n.normalizedDownRevisions;
export const versionedNext: Edges = (n) => n.nextRevisions;
export const allNext: Edges = (n) => n.allNextRevisions;
export const allDown: Edges = (n) => n.allDownRevisions;

/** Ancestors including the targets (`_get_ancestor_nodes`); dependencies followed by default. */
export function ancestorsOf(
  map: RevisionMap<RevisionRecord>,
  targets: readonly Node[],
  o: { includeDependencies?: boolean; check?: boolean } = {},
): Node[] {
  const edges = o.includeDependencies === false ? versionedDown : normalizedDown;
  return iterateRelated(targets, edges, (id) => map.node(id), o.check);
}

/** Descendants including the targets (`_get_descendant_nodes`); dependencies followed by default. */
export function descendantsOf(
  map: RevisionMap<RevisionRecord>,
  targets: readonly Node[],
  o: { includeDependencies?: boolean; check?: boolean } = {},
): Node[] {
  const edges = o.includeDependencies === false ? versionedNext : allNext;
  return iterateRelated(targets, edges, (id) => map.node(id), o.check);
}

/** The ids of a node list, as a set. */
export const idSet = (nodes: Iterable<Node>): Set<string> => {
  const s = new Set<string>();
  for (const n of nodes) s.add(n.revision);
  return s;
};
