/**
 * The new table's column order in batch move-and-copy: ApplyBatchImpl's
 * _adjust_self_columns_for_partial_reordering over SQLAlchemy's topological sort
 * (sqlalchemy/util/topological.py sort_as_subsets), which is deterministic given the
 * order of the items: each round takes, in item order, every item with no pending parent.
 */
import { fail } from "../../util/errors.js";

export function sortColumnKeys(existingOrdering: readonly string[], current: readonly string[],
  partialReordering: readonly (readonly string[])[], addColOrdering: readonly (readonly [string, string])[]): string[] {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  const add = (a: string, b: string) => {
    const k = JSON.stringify([a, b]);
    if (!seen.has(k)) {
      seen.add(k);
      pairs.push([a, b]);
    }
  };
  if (partialReordering.length > 0) {
    for (const tuple of partialReordering) for (let i = 1; i < tuple.length; i++) add(tuple[i - 1] as string, tuple[i] as string);
  } else {
    // Pairs the existing order with the current column list, as Alembic does (indexes into
    // the current columns, elements from the existing order).
    for (let i = 1; i < existingOrdering.length; i++) add(current[i - 1] as string, existingOrdering[i] as string);
  }
  for (const [a, b] of addColOrdering) add(a, b);
  return topologicalSort(pairs.filter(([a, b]) => a !== b), current);
}

export function topologicalSort(pairs: readonly (readonly [string, string])[], items: readonly string[]): string[] {
  const parents = new Map<string, Set<string>>();
  for (const [parent, child] of pairs) {
    const set = parents.get(child) ?? new Set<string>();
    set.add(parent);
    parents.set(child, set);
  }
  let todo = [...items];
  const pending = new Set(items);
  const out: string[] = [];
  while (pending.size > 0) {
    const round = todo.filter((n) => [...(parents.get(n) ?? [])].every((p) => !pending.has(p)));
    if (round.length === 0) fail("Circular dependency detected.");
    for (const n of round) pending.delete(n);
    todo = todo.filter((n) => pending.has(n));
    out.push(...round);
  }
  return out;
}
