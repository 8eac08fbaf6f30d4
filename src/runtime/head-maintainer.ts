import type { RevisionRecord } from "../script/script.js";
import { RevisionError } from "../script/graph/errors.js";
import { comparePy } from "../script/graph/py-set-order.js";
import { getRevisionsRaw, isNode } from "../script/graph/resolve.js";
import type { RevisionMap } from "../script/graph/types.js";
import type { MigrationStep, RevisionStep, StampStep } from "./steps.js";

/*
 * Version-table bookkeeping, after Alembic's HeadMaintainer and the should_* / *_idents methods
 * of RevisionStep and StampStep (runtime/migration.py). Pure: the runtime turns each action into
 * SQL (INSERT / UPDATE ... WHERE / DELETE ... WHERE version_num = '<rev>').
 *
 * Alembic keeps the heads in a set; we keep a list (inserts append, updates replace in place).
 * In a merge or unmerge, when other heads are current, Alembic picks which rows to update,
 * delete or insert by the iteration order of a set of revision ids (hash order); we sort those
 * ids, the rule the recorded corpus pins down (test/graph/FORMAT.md). Without other heads it
 * uses the revision's own down-revision order, and so do we.
 */

export type VersionAction =
  | { readonly kind: "insert"; readonly version: string }
  | { readonly kind: "update"; readonly from: string; readonly to: string }
  | { readonly kind: "delete"; readonly version: string };

export interface HeadUpdate {
  /** In execution order. */
  readonly actions: readonly VersionAction[];
  /** The heads after the step. */
  readonly heads: readonly string[];
}

const fail = (message: string): never => {
  throw new RevisionError(message);
};

/** Applies actions to a heads list, checking what Alembic asserts. */
function apply(heads: readonly string[], actions: readonly VersionAction[]): string[] {
  const out = [...heads];
  for (const a of actions) {
    if (a.kind === "insert") {
      if (out.includes(a.version)) fail(`Revision ${a.version} is already a current head`);
      out.push(a.version);
    } else if (a.kind === "delete") {
      const i = out.indexOf(a.version);
      if (i < 0) fail(`Revision ${a.version} is not a current head`);
      out.splice(i, 1);
    } else {
      if (out.includes(a.to)) fail(`Revision ${a.to} is already a current head`);
      const i = out.indexOf(a.from);
      if (i < 0) fail(`Revision ${a.from} is not a current head`);
      out[i] = a.to;
    }
  }
  return out;
}

/**
 * Which `candidates` are ancestors (dependencies included) of any of `heads`, a head counting
 * as its own ancestor: Alembic's `_get_ancestor_nodes(other_heads)` intersected with the
 * candidates. The walk never goes below the lowest candidate's depth, so a merge near the top
 * of a long history costs little instead of a walk over the whole history per step.
 */
function ancestorsAmong(map: RevisionMap, heads: readonly string[], candidates: readonly string[]): Set<string> {
  const depth = depthsOf(map);
  const wanted = new Set(candidates);
  const floor = Math.min(...candidates.map((c) => depth.get(c) ?? 0));
  const found = new Set<string>();
  const seen = new Set<string>();
  const todo = getRevisionsRaw(map, heads).filter(isNode);
  while (todo.length > 0 && found.size < wanted.size) {
    const node = todo.pop()!;
    if (seen.has(node.revision)) continue;
    seen.add(node.revision);
    if (wanted.has(node.revision)) found.add(node.revision);
    if ((depth.get(node.revision) ?? 0) <= floor) continue;
    for (const id of node.normalizedDownRevisions) {
      const next = map.node(id);
      if (next) todo.push(next);
    }
  }
  return found;
}

// A memo of a pure function of a frozen map: it changes no result, only how often depths are computed.
const depthMemo = new WeakMap<RevisionMap, ReadonlyMap<string, number>>();

/** Longest path from a base along normalized down revisions: a parent is always shallower than its child. */
function depthsOf(map: RevisionMap): ReadonlyMap<string, number> {
  const cached = depthMemo.get(map);
  if (cached) return cached;
  const depth = new Map<string, number>();
  const visiting = new Set<string>(); // a cycle (reported elsewhere) must not loop here
  for (const start of map.nodes) {
    const stack = [start];
    while (stack.length > 0) {
      const node = stack[stack.length - 1]!;
      if (depth.has(node.revision)) {
        stack.pop();
        continue;
      }
      visiting.add(node.revision);
      const parents = node.normalizedDownRevisions.map((id) => map.node(id)).filter(isNode);
      const pending = parents.filter((p) => !depth.has(p.revision) && !visiting.has(p.revision));
      if (pending.length > 0) {
        stack.push(...pending);
        continue;
      }
      depth.set(node.revision, parents.reduce((d, p) => Math.max(d, (depth.get(p.revision) ?? 0) + 1), 0));
      visiting.delete(node.revision);
      stack.pop();
    }
  }
  depthMemo.set(map, depth);
  return depth;
}

/** `RevisionStep._unmerge_to_revisions`: the down revisions no other current head still needs. */
function unmergeTo<S extends RevisionRecord>(step: RevisionStep<S>, heads: readonly string[]): readonly string[] {
  const to = step.node.normalizedDownRevisions;
  const others = heads.filter((h) => h !== step.node.revision);
  if (others.length === 0) return to;
  const ancestors = ancestorsAmong(step.map as RevisionMap, others, to);
  return to.filter((r) => !ancestors.has(r)).sort(comparePy);
}

function revisionActions<S extends RevisionRecord>(step: RevisionStep<S>, heads: readonly string[]): VersionAction[] {
  const rev = step.node.revision;
  const downs = step.node.normalizedDownRevisions;
  const present = downs.filter((d) => heads.includes(d));
  if (!step.isUpgrade && heads.includes(rev) && (downs.length === 0 || unmergeTo(step, heads).length === 0)) {
    return [{ kind: "delete", version: rev }];
  }
  if (step.isUpgrade && (downs.length === 0 || present.length === 0)) return [{ kind: "insert", version: rev }];
  if (step.isUpgrade && downs.length > 1 && present.length > 1) {
    // Merge: delete all but one of the merged heads, update the last one.
    const others = heads.filter((h) => !downs.includes(h));
    const ancestors = others.length > 0 ? ancestorsAmong(step.map as RevisionMap, others, downs) : null;
    const from = ancestors ? downs.filter((d) => !ancestors.has(d)).sort(comparePy) : downs;
    const last = from[from.length - 1] ?? fail(`Cannot merge into ${rev}: no current down revision`);
    return [...from.slice(0, -1).map((v) => ({ kind: "delete", version: v }) as const), { kind: "update", from: last, to: rev }];
  }
  if (!step.isUpgrade && heads.includes(rev) && downs.length > 1) {
    // Unmerge: insert all but one of the parents, update this revision to the last one.
    const to = unmergeTo(step, heads);
    const last = to[to.length - 1] as string;
    return [...to.slice(0, -1).map((v) => ({ kind: "insert", version: v }) as const), { kind: "update", from: rev, to: last }];
  }
  let down: string;
  if (downs.length !== 1) {
    if (present.length !== 1) fail("Can't do an UPDATE because downrevision is ambiguous");
    down = present[0] as string;
  } else down = downs[0] as string;
  return [step.isUpgrade ? { kind: "update", from: down, to: rev } : { kind: "update", from: rev, to: down }];
}

function stampActions(step: StampStep, heads: readonly string[]): VersionAction[] {
  const { from, to } = step;
  const one = (ids: readonly string[], what: string) =>
    ids.length === 1 ? (ids[0] as string) : fail(`A stamp ${what} needs exactly one revision, got ${ids.length}`);
  if (!step.isUpgrade && step.branchMove) return [{ kind: "delete", version: one(from, "delete") }];
  const createsBranch =
    step.isUpgrade &&
    (step.branchMove || from.some((f) => !heads.includes(f))) &&
    to.some((t) => !heads.includes(t));
  if (createsBranch) return [{ kind: "insert", version: one(to, "insert") }];
  if (from.length > 1) {
    return [
      ...from.slice(0, -1).map((v) => ({ kind: "delete", version: v }) as const),
      { kind: "update", from: from[from.length - 1] as string, to: to[0] ?? fail("A stamp merge needs a target") },
    ];
  }
  if (to.length > 1) {
    return [
      ...to.slice(0, -1).map((v) => ({ kind: "insert", version: v }) as const),
      { kind: "update", from: from[0] ?? fail("A stamp unmerge needs a source"), to: to[to.length - 1] as string },
    ];
  }
  return [{ kind: "update", from: one(from, "update"), to: one(to, "update") }];
}

/** `HeadMaintainer.update_to_step`: the version-table actions for one step, and the heads after it. */
export function updateToStep(heads: readonly string[], step: MigrationStep): HeadUpdate {
  const actions = step.kind === "stamp" ? stampActions(step, heads) : revisionActions(step, heads);
  return Object.freeze({ actions: Object.freeze(actions), heads: Object.freeze(apply(heads, actions)) });
}
