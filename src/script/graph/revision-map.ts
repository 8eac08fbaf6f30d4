import type { RevisionRecord } from "../script.js";
import { withDetails } from "../../util/failure-details.js";
import { RevisionError } from "./errors.js";
import { comparePy } from "./py-set-order.js";
import { getRevisionsPublic, getRevisionPublic } from "./resolve.js";
import type { RevisionMap, RevisionNode } from "./types.js";

/**
 * A node while it is being built: the same object is frozen into the RevisionNode at the end
 * (one object per revision, not two). Empty lists are shared (`NONE`).
 */
type Draft<S extends RevisionRecord> = { -readonly [K in keyof RevisionNode<S>]: K extends `${string}Revisions` | "dependencies" | `${string}Dependencies` | `${string}BranchLabels` | "branchLabels" ? string[] : RevisionNode<S>[K] };

/*
 * A 10,000-revision history is built on every graph command, so this works on positions in map
 * order (typed arrays, shared empty lists) rather than sets of ids and per-node closures.
 */

/** The one empty list every node without such ids shares (frozen, so nothing can add to it). */
const NONE = Object.freeze([]) as unknown as string[];

/** Alembic's `util.to_tuple` followed by `tuple_rev_as_scalar`: null, "" and [] all mean none. */
const toList = (v: string | readonly string[] | null | undefined): string[] => {
  if (v === null || v === undefined || v === "") return NONE;
  if (typeof v === "string") return [v];
  return v.length === 0 ? NONE : [...v];
};

/** The list without repeats, first occurrences kept; the list itself when it has none. */
const dedupe = (ids: string[]): string[] => {
  if (ids.length < 2 || (ids.length === 2 && ids[0] !== ids[1])) return ids;
  const unique = [...new Set(ids)];
  return unique.length === ids.length ? ids : unique;
};

const ILLEGAL = ["+", "-", "@"]; // sorted, as Alembic sorts the ones it reports
const ILLEGAL_CHARACTER = /[+\-@]/;

/** Alembic's `Revision.__init__` checks (script/revision.py). */
function checkRecord(revision: string, down: readonly string[], deps: readonly string[]): void {
  if (down.length === 1 ? down[0] === revision : down.includes(revision)) throw new RevisionError(`Self-loop is detected in revisions (${revision})`);
  if (deps.length > 0 && deps.includes(revision)) {
    throw new RevisionError(`Dependency self-loop is detected in revisions (${revision})`);
  }
  if (ILLEGAL_CHARACTER.test(revision)) {
    const bad = ILLEGAL.filter((c) => revision.includes(c));
    throw new RevisionError(`Character(s) '${bad.join(", ")}' not allowed in revision identifier '${revision}'`);
  }
}

/** Lists of positions, one per revision, in one array (row i is start[i] up to start[i + 1]). */
interface Edges {
  readonly start: Int32Array;
  readonly to: Int32Array;
}

/** Where each revision's row of `lists` begins, and (last) where the rows end. */
function rowStarts<S extends RevisionRecord>(order: readonly Draft<S>[], lists: "downRevisions" | "allDownRevisions"): Int32Array {
  const start = new Int32Array(order.length + 1);
  for (let i = 0; i < order.length; i++) start[i + 1] = start[i]! + order[i]![lists].length;
  return start;
}

/**
 * Each revision's parents by position, through downRevision and dependsOn: one map lookup per
 * edge. A parent that is not present fails here, named as Alembic's `_add_branches` would meet
 * it: the first revision in map order, its first missing parent.
 */
function parentEdges<S extends RevisionRecord>(order: readonly Draft<S>[], drafts: Map<string, Draft<S>>): Edges {
  const n = order.length;
  const start = rowStarts(order, "allDownRevisions");
  const to = new Int32Array(start[n]!);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const d = order[i]!;
    const ids = d.allDownRevisions;
    for (let j = 0; j < ids.length; j++) {
      const parent = drafts.get(ids[j]!);
      if (parent === undefined) throw new RevisionError(`Revision ${ids[j]} referenced from ${d.revision} is not present`);
      to[k++] = parent.index;
    }
  }
  return { start, to };
}

/**
 * Each revision's parents through downRevision alone: `allDown`'s own row where the revision
 * declares no dependency and no parent twice (its lists are then one), looked up otherwise.
 */
function downParentEdges<S extends RevisionRecord>(order: readonly Draft<S>[], drafts: Map<string, Draft<S>>, allDown: Edges): Edges {
  const n = order.length;
  const start = rowStarts(order, "downRevisions");
  const to = new Int32Array(start[n]!);
  for (let i = 0; i < n; i++) {
    const d = order[i]!;
    const at = start[i]!;
    if (d.allDownRevisions === d.downRevisions) for (let k = allDown.start[i]!; k < allDown.start[i + 1]!; k++) to[at + k - allDown.start[i]!] = allDown.to[k]!;
    else for (let j = 0; j < d.downRevisions.length; j++) to[at + j] = drafts.get(d.downRevisions[j]!)!.index;
  }
  return { start, to };
}

/** The reverse of `parents`: each revision's children by position, each row sorted by id. */
function childEdges<S extends RevisionRecord>(order: readonly Draft<S>[], parents: Edges): Edges {
  const n = order.length;
  const start = new Int32Array(n + 1);
  const to = new Int32Array(parents.to.length);
  for (let k = 0; k < to.length; k++) start[parents.to[k]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  for (let i = 0; i < n; i++) for (let k = parents.start[i]!; k < parents.start[i + 1]!; k++) to[fill[parents.to[k]!]!++] = i;
  const byId = (a: number, b: number): number => comparePy(order[a]!.revision, order[b]!.revision);
  for (let i = 0; i < n; i++) {
    const from = start[i]!;
    const count = start[i + 1]! - from;
    if (count < 2) continue;
    if (count === 2) {
      // Most branch points have two children: swapped in place, without a list to sort.
      if (byId(to[from]!, to[from + 1]!) > 0) [to[from], to[from + 1]] = [to[from + 1]!, to[from]!];
      continue;
    }
    to.set(Array.from(to.subarray(from, from + count)).sort(byId), from);
  }
  return { start, to };
}

/** Whether row `i` of `edges` holds position `p`. */
function rowHas(edges: Edges, i: number, p: number): boolean {
  for (let k = edges.start[i]!; k < edges.start[i + 1]!; k++) if (edges.to[k] === p) return true;
  return false;
}

/**
 * The list of one revision's id, one per revision and frozen, made when first asked for: a line
 * of revisions needs no list of its own for each parent and each child (the child's parent list
 * and the parent's child list are both the list of one id). At 10,000 revisions that is 20,000
 * arrays fewer to make, keep and freeze.
 */
function singleLists<S extends RevisionRecord>(order: readonly Draft<S>[]): (i: number) => string[] {
  const lists: (string[] | undefined)[] = new Array(order.length);
  return (i) => (lists[i] ??= Object.freeze([order[i]!.revision]) as string[]);
}

/** A revision with one parent, by downRevision alone, takes that parent's shared list. */
function shareSingleParents<S extends RevisionRecord>(order: readonly Draft<S>[], allDown: Edges, single: (i: number) => string[]): void {
  for (let i = 0; i < order.length; i++) {
    const d = order[i]!;
    if (d.downRevisions.length !== 1 || d.allDownRevisions !== d.downRevisions) continue;
    const list = single(allDown.to[allDown.start[i]!]!);
    if (d.normalizedDownRevisions === d.downRevisions) d.normalizedDownRevisions = list;
    d.downRevisions = d.allDownRevisions = list;
  }
}

/** The ids of each row of `edges` (the shared empty list for an empty row, the shared one-id list for a row of one). */
function idRows<S extends RevisionRecord>(order: readonly Draft<S>[], edges: Edges, single: (i: number) => string[]): string[][] {
  const rows: string[][] = new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const from = edges.start[i]!;
    const count = edges.start[i + 1]! - from;
    if (count === 0) rows[i] = NONE;
    else if (count === 1) rows[i] = single(edges.to[from]!);
    else {
      const ids: string[] = new Array(count);
      for (let j = 0; j < count; j++) ids[j] = order[edges.to[from + j]!]!.revision;
      rows[i] = ids;
    }
  }
  return rows;
}

/**
 * Children through downRevision only: `allNext` without the children that name their parent in
 * dependsOn alone (their row of `down` does not hold it). Rows that lose none are `allNext`'s
 * own (so are their id lists).
 */
function downChildEdges<S extends RevisionRecord>(order: readonly Draft<S>[], allNext: Edges, down: Edges, single: (i: number) => string[]): Edges {
  const n = order.length;
  const start = new Int32Array(n + 1);
  const to = new Int32Array(allNext.to.length);
  let k = 0;
  for (let i = 0; i < n; i++) {
    start[i] = k;
    const parent = order[i]!;
    let kept = 0;
    for (let e = allNext.start[i]!; e < allNext.start[i + 1]!; e++) {
      const c = allNext.to[e]!;
      if (rowHas(down, c, i)) to[k + kept++] = c;
    }
    if (kept !== allNext.start[i + 1]! - allNext.start[i]!) {
      if (kept < 2) parent.nextRevisions = kept === 0 ? NONE : single(to[k]!);
      else {
        const ids: string[] = new Array(kept);
        for (let j = 0; j < kept; j++) ids[j] = order[to[k + j]!]!.revision;
        parent.nextRevisions = ids;
      }
    }
    k += kept;
  }
  start[n] = k;
  return { start, to: to.subarray(0, k) };
}

/**
 * Builds, validates and freezes the revision graph, as Alembic's `RevisionMap._revision_map`
 * does on first use. Records are taken in the given order (the read order of the files), which
 * becomes the map order that every listing and Alembic's topological sort follow.
 *
 * Fails on a duplicate id (Alembic only warns and lets the later file win), a missing down
 * revision or dependency (Alembic crashes with a KeyError), a branch label used twice, a cycle.
 */
export function buildRevisionMap<S extends RevisionRecord>(records: readonly S[]): RevisionMap<S> {
  const drafts = new Map<string, Draft<S>>();
  const order: Draft<S>[] = [];
  let anyDependencies = false;
  let anyLabels = false;
  for (let i = 0; i < records.length; i++) {
    const rec = records[i]!;
    const revision = rec.revision;
    // The common cases spelled out: this runs once over every revision, mostly unoptimised.
    const down = rec.downRevision;
    const downRevisions = typeof down === "string" && down !== "" ? [down] : toList(down);
    const dependencies = rec.dependsOn === null ? NONE : toList(rec.dependsOn);
    checkRecord(revision, downRevisions, dependencies);
    const known = drafts.size;
    const labels = rec.branchLabels === null ? NONE : toList(rec.branchLabels);
    if (dependencies.length > 0) anyDependencies = true;
    if (labels.length > 0) anyLabels = true;
    const d: Draft<S> = {
      script: rec,
      revision,
      index: order.length,
      rank: 0,
      downRevisions,
      dependencies,
      resolvedDependencies: NONE,
      normalizedDependencies: NONE,
      // With dependencies, set once they are resolved.
      allDownRevisions: dependencies.length > 0 ? NONE : downRevisions.length < 2 ? downRevisions : dedupe(downRevisions),
      normalizedDownRevisions: downRevisions,
      nextRevisions: NONE,
      allNextRevisions: NONE,
      ownBranchLabels: labels.length === 0 ? NONE : dedupe([...labels]),
      branchLabels: NONE,
      isHead: false,
      isRealHead: false,
      isBase: false,
      isRealBase: false,
      isBranchPoint: false,
      isRealBranchPoint: false,
      isMergePoint: false,
    };
    drafts.set(revision, d);
    if (drafts.size === known) {
      // Alembic's warning, as an error that names both files (records read from disk carry a path).
      const earlier = order.find((o) => o.revision === revision)!;
      throw withDetails(new RevisionError(`Revision ${revision} is present more than once`), filesOf([earlier.script, rec]));
    }
    order.push(d);
  }

  // Branch labels share the identifier namespace with revision ids (`_map_branch_labels`).
  const labels = new Map<string, Draft<S>>();
  if (anyLabels) {
    for (let i = 0; i < order.length; i++) {
      const d = order[i]!;
      if (d.ownBranchLabels === NONE) continue;
      // The declared list, duplicates included: Alembic reports a label repeated on one revision.
      for (const label of toList(d.script.branchLabels)) {
        const holder = labels.get(label) ?? drafts.get(label);
        if (holder) {
          throw new RevisionError(
            `Branch name '${label}' in revision ${d.revision} already used by revision ${holder.revision}`,
          );
        }
        labels.set(label, d);
      }
    }
  }

  // Dependencies may name a revision id or a branch label, exactly (`_add_depends_on`).
  if (anyDependencies) {
    for (let i = 0; i < order.length; i++) {
      const d = order[i]!;
      if (d.dependencies.length === 0) continue;
      d.resolvedDependencies = d.dependencies.map((dep) => {
        const target = drafts.get(dep) ?? labels.get(dep);
        if (!target) throw new RevisionError(`Dependency ${dep} referenced from ${d.revision} is not present`);
        return target.revision;
      });
      d.allDownRevisions = dedupe([...d.downRevisions, ...d.resolvedDependencies]);
    }
  }

  // Parents by position, looked up once; children are their reverse, sorted by id as Alembic's
  // frozensets are not (we pin that order). allDownRevisions is downRevisions itself unless
  // dependencies or a repeated parent made another list.
  const allDown = parentEdges(order, drafts);
  const down = anyDependencies ? downParentEdges(order, drafts, allDown) : allDown;
  const single = singleLists(order);
  shareSingleParents(order, allDown, single);
  const allNext = childEdges(order, allDown);
  const allNextIds = idRows(order, allNext, single);
  for (let i = 0; i < order.length; i++) order[i]!.allNextRevisions = order[i]!.nextRevisions = allNextIds[i]!;
  // A parent that some child only depends on gets its own list of downRevision children.
  const next = anyDependencies ? downChildEdges(order, allNext, down, single) : allNext;
  // A topological order of every revision proves the graph acyclic, and every revision then lies
  // between a head and a base: the cycle checks would find nothing. Without one they say what
  // is wrong, or let pass the one loop Alembic lets pass (a dependency on the revision's own
  // branch label), which leaves that revision unranked.
  const byRank = rankTopologically(order, allDown, allNext);
  if (byRank === null) detectCycles(order, down, next, allDown, allNext, anyDependencies);
  if (anyDependencies) normalizeDependencies(order, down, next, byRank);
  if (anyLabels) inheritBranchLabels(order, drafts, next);
  return freeze(order, drafts, labels);
}

/**
 * The map of `buildRevisionMap`, built on first use. Alembic builds its graph (reading the
 * revisions, finding cycles, missing revisions, reused labels) only when a command first looks
 * something up, so a broken graph fails there: `current -v` prints its header first, `show
 * current` with no current heads prints nothing and succeeds, and a target that fails before any
 * lookup (`-3` as an upgrade destination) gives its own error. A failed build fails every use.
 */
export function lazyRevisionMap<S extends RevisionRecord>(records: readonly S[]): RevisionMap<S> {
  let built: RevisionMap<S> | null = null;
  const map = (): RevisionMap<S> => (built ??= buildRevisionMap(records));
  const lazy: RevisionMap<S> = Object.freeze({
    get nodes() {
      return map().nodes;
    },
    get heads() {
      return map().heads;
    },
    get realHeads() {
      return map().realHeads;
    },
    get bases() {
      return map().bases;
    },
    get realBases() {
      return map().realBases;
    },
    get identifiers() {
      return map().identifiers;
    },
    get sortedIdentifiers() {
      return map().sortedIdentifiers;
    },
    node: (id: string) => map().node(id),
    nodeOf: (id: string) => map().nodeOf(id),
    labelNode: (label: string) => map().labelNode(label),
    // Resolved against this map, so that only what Alembic's lookup touches builds it.
    getRevision: (id: string | null) => getRevisionPublic(lazy, id),
    getRevisions: (id: string | readonly string[] | null) => getRevisionsPublic(lazy, id),
  });
  return lazy;
}

/**
 * The positions parents first along downRevision alone, for a graph whose rank order is
 * incomplete (`rank` also follows dependsOn, which may lead a revision to itself through its own
 * branch label). A parent named twice counts once.
 */
function parentsFirst(down: Edges, next: Edges): Int32Array {
  const waiting = new Int32Array(down.start.length - 1);
  for (let i = 0; i < waiting.length; i++) {
    for (let k = down.start[i]!; k < down.start[i + 1]!; k++) if (down.to.indexOf(down.to[k]!, down.start[i]!) === k) waiting[i]!++;
  }
  return kahn(waiting, next);
}

/**
 * Kahn's algorithm: the positions in an order where each comes after all it waits for
 * (`waiting[i]` counts them; each edge of `next` ends one wait), ready ones taken last-in
 * first-out, in map order at the start. `waiting` is used up. Positions left waiting (a loop)
 * are not in the order, which is then shorter than the graph.
 */
function kahn(waiting: Int32Array, next: Edges): Int32Array {
  const sequence = new Int32Array(waiting.length);
  const ready: number[] = [];
  for (let i = waiting.length - 1; i >= 0; i--) if (waiting[i] === 0) ready.push(i);
  let length = 0;
  while (ready.length > 0) {
    const i = ready.pop()!;
    sequence[length++] = i;
    for (let k = next.start[i]!; k < next.start[i + 1]!; k++) {
      const c = next.to[k]!;
      if (--waiting[c]! === 0) ready.push(c);
    }
  }
  return sequence.subarray(0, length);
}

/**
 * Drops each dependency that a (versioned) ancestor already depends on (`_normalize_depends_on`).
 * Alembic walks all ancestors of each revision that has dependencies; we carry the set of
 * dependencies declared below each revision up the graph once, parents first (in rank order
 * where every revision has a rank), so long histories with many dependencies stay near-linear.
 * A set is a row of bits, one per revision that anything depends on, so a merge is a few word
 * ORs rather than a copy of strings. Most revisions have one parent that declares nothing and
 * share its set: a revision holds only the number of its set, and only a merge of two different
 * sets or a revision that declares dependencies makes a new one. Runs once the versioned graph
 * is known to be acyclic.
 */
function normalizeDependencies<S extends RevisionRecord>(order: Draft<S>[], down: Edges, next: Edges, byRank: Int32Array | null): void {
  const bitOf = new Map<string, number>();
  let bound = 1; // sets that can be made: the empty one, one per declaring revision, one per extra parent
  for (let i = 0; i < order.length; i++) {
    const deps = order[i]!.resolvedDependencies;
    if (deps.length > 0) {
      for (const dep of deps) if (!bitOf.has(dep)) bitOf.set(dep, bitOf.size);
      bound++;
    }
    bound += Math.max(0, down.start[i + 1]! - down.start[i]! - 1);
  }
  const words = Math.ceil(bitOf.size / 32);
  const bits = new Uint32Array(bound * words); // set k is words k * words up to (k + 1) * words
  let made = 1; // set 0 is empty
  const has = (set: number, dep: string): boolean => {
    const bit = bitOf.get(dep)!;
    return (bits[set * words + (bit >>> 5)]! & (1 << (bit & 31))) !== 0;
  };
  /** A new set: `set` plus the sets or dependencies given. */
  const extend = (set: number, other: number, deps: readonly string[]): number => {
    const at = made++ * words;
    for (let w = 0; w < words; w++) bits[at + w] = bits[set * words + w]! | bits[other * words + w]!;
    for (let j = 0; j < deps.length; j++) bits[at + (bitOf.get(deps[j]!)! >>> 5)]! |= 1 << (bitOf.get(deps[j]!)! & 31);
    return made - 1;
  };
  // The set each revision's children see through it: what is below it and what it declares.
  const passed = new Int32Array(order.length);
  const sequence = byRank ?? parentsFirst(down, next);
  for (let r = 0; r < sequence.length; r++) {
    const i = sequence[r]!;
    const from = down.start[i]!;
    const to = down.start[i + 1]!;
    let below = from < to ? passed[down.to[from]!]! : 0;
    for (let k = from + 1; k < to; k++) {
      const other = passed[down.to[k]!]!;
      if (other !== below) below = extend(below, other, NONE); // a merge of different sets: their union
    }
    const d = order[i]!;
    const deps = d.resolvedDependencies;
    if (deps.length === 0) {
      passed[i] = below;
      continue;
    }
    // Alembic keeps the survivors in a set (hash order); the corpus pins them to declared
    // order, duplicates dropped (test/graph/FORMAT.md, "Orders Alembic leaves open").
    d.normalizedDependencies = dedupe(deps.filter((dep) => !has(below, dep)));
    d.normalizedDownRevisions = dedupe([...d.downRevisions, ...d.normalizedDependencies]);
    passed[i] = extend(below, 0, deps);
  }
}

/**
 * Numbers the revisions parents-first (Kahn's algorithm over downRevision and dependsOn, map
 * order); returns the positions in that order, or null when a loop left some unnumbered.
 */
function rankTopologically<S extends RevisionRecord>(order: Draft<S>[], allDown: Edges, allNext: Edges): Int32Array | null {
  const n = order.length;
  const waiting = new Int32Array(n);
  for (let i = 0; i < n; i++) waiting[i] = allDown.start[i + 1]! - allDown.start[i]!;
  const sequence = kahn(waiting, allNext);
  for (let rank = 0; rank < sequence.length; rank++) order[sequence[rank]!]!.rank = rank;
  return sequence.length === n ? sequence : null;
}

/** Marks every position reachable from `from` along `edges` (the starting ones included). */
function reach(n: number, from: readonly number[], edges: Edges): Uint8Array {
  const seen = new Uint8Array(n);
  const stack = [...from];
  while (stack.length > 0) {
    const i = stack.pop()!;
    if (seen[i]) continue;
    seen[i] = 1;
    for (let k = edges.start[i]!; k < edges.start[i + 1]!; k++) if (!seen[edges.to[k]!]) stack.push(edges.to[k]!);
  }
  return seen;
}

/** `_detect_cycles`: every revision must lie between a head and a base, first by downRevision, then with dependencies. */
function detectCycles<S extends RevisionRecord>(order: Draft<S>[], down: Edges, next: Edges, allDown: Edges, allNext: Edges, anyDependencies: boolean): void {
  const n = order.length;
  if (n === 0) return;
  const check = (kind: string, heads: number[], bases: number[], downEdges: Edges, upEdges: Edges) => {
    if (heads.length === 0 || bases.length === 0) {
      throw new RevisionError(`${kind} is detected in revisions (${order.map((d) => d.revision).join(", ")})`);
    }
    const fromHeads = reach(n, heads, downEdges);
    const fromBases = reach(n, bases, upEdges);
    const lost: string[] = [];
    for (let i = 0; i < n; i++) if (!fromHeads[i] || !fromBases[i]) lost.push(order[i]!.revision);
    if (lost.length > 0) throw new RevisionError(`${kind} is detected in revisions (${lost.sort(comparePy).join(", ")})`);
  };
  const positions = (pick: (d: Draft<S>) => boolean): number[] => {
    const out: number[] = [];
    for (let i = 0; i < n; i++) if (pick(order[i]!)) out.push(i);
    return out;
  };
  check(
    "Cycle",
    positions((d) => d.nextRevisions.length === 0),
    positions((d) => d.downRevisions.length === 0),
    down,
    next,
  );
  // Without dependencies the second pass would walk the same edges again.
  if (!anyDependencies) return;
  check(
    "Dependency cycle",
    positions((d) => d.allNextRevisions.length === 0),
    positions((d) => d.downRevisions.length === 0 && d.dependencies.length === 0),
    allDown,
    allNext,
  );
}

/**
 * `_add_branches`: a label applies to its revision and every descendant (by downRevision), and
 * down from the last descendant Alembic's walk visits to the nearest branch point or merge point,
 * which labels the revision's own ancestors when its line does not branch.
 */
function inheritBranchLabels<S extends RevisionRecord>(order: Draft<S>[], drafts: Map<string, Draft<S>>, next: Edges): void {
  const n = order.length;
  // Own plus inherited labels by position, sorted. Most revisions end up with one of a few label
  // sets, so each distinct set is one shared array (`union` remembers what it made).
  for (let i = 0; i < n; i++) if (order[i]!.ownBranchLabels.length > 0) order[i]!.branchLabels = [...new Set(order[i]!.ownBranchLabels)].sort(comparePy);
  const unions = new Map<string[], Map<string[], string[]>>();
  // Walks meet the same pair over and over: the last one is kept at hand.
  let lastHave: string[] | null = null;
  let lastAdd: string[] | null = null;
  let lastMade: string[] = NONE;
  const union = (have: string[], add: string[]): string[] => {
    if (have === lastHave && add === lastAdd) return lastMade;
    lastHave = have;
    lastAdd = add;
    return (lastMade = unionOf(have, add));
  };
  const unionOf = (have: string[], add: string[]): string[] => {
    if (have === add || add.every((l) => have.includes(l))) return have;
    let byAdd = unions.get(have);
    if (byAdd === undefined) unions.set(have, (byAdd = new Map()));
    let made = byAdd.get(add);
    if (made === undefined) byAdd.set(add, (made = [...new Set([...have, ...add])].sort(comparePy)));
    return made;
  };
  // Which walk last visited each position: no clearing between walks.
  const visited = new Int32Array(n);
  let walk = 0;
  const stack: number[] = [];
  for (let o = 0; o < n; o++) {
    const d = order[o]!;
    if (d.ownBranchLabels.length === 0) continue;
    // Alembic spreads the revision's whole label set at this point, inherited labels included.
    const spread = d.branchLabels;
    walk++;
    // Depth first, children pushed in list order: the visiting order of `iterateRelated`.
    let last = d.index;
    stack.push(d.index);
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (visited[i] === walk) continue;
      visited[i] = walk;
      last = i;
      const node = order[i]!;
      node.branchLabels = union(node.branchLabels, spread);
      for (let k = next.start[i]!; k < next.start[i + 1]!; k++) stack.push(next.to[k]!);
    }
    let parent: Draft<S> | undefined = order[last];
    while (parent && parent.allNextRevisions.length <= 1 && parent.downRevisions.length <= 1) {
      parent.branchLabels = union(parent.branchLabels, spread);
      const below: string | undefined = parent.downRevisions[0];
      parent = below === undefined ? undefined : drafts.get(below);
    }
  }
}

function freeze<S extends RevisionRecord>(order: Draft<S>[], drafts: Map<string, Draft<S>>, labelDrafts: Map<string, Draft<S>>): RevisionMap<S> {
  const heads: string[] = [];
  const realHeads: string[] = [];
  const bases: string[] = [];
  const realBases: string[] = [];
  const identifiers: string[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const d = order[i]!;
    // In place: the lists become the node's. Most are NONE or a shared list of one id (frozen
    // already: a list of one parent is shared unless dependencies made another, a list of one
    // child always) or another field's list, which is frozen once.
    if (d.downRevisions.length !== 1 || d.allDownRevisions !== d.downRevisions) Object.freeze(d.downRevisions);
    if (d.dependencies !== NONE) {
      Object.freeze(d.dependencies);
      Object.freeze(d.resolvedDependencies);
      Object.freeze(d.normalizedDependencies);
    }
    if (d.allDownRevisions !== d.downRevisions) Object.freeze(d.allDownRevisions);
    if (d.normalizedDownRevisions !== d.downRevisions) Object.freeze(d.normalizedDownRevisions);
    if (d.nextRevisions.length > 1) Object.freeze(d.nextRevisions);
    if (d.allNextRevisions !== d.nextRevisions && d.allNextRevisions.length > 1) Object.freeze(d.allNextRevisions);
    if (d.ownBranchLabels !== NONE) Object.freeze(d.ownBranchLabels);
    if (d.branchLabels !== NONE) Object.freeze(d.branchLabels);
    d.isHead = d.nextRevisions.length === 0;
    d.isRealHead = d.allNextRevisions.length === 0;
    d.isBase = d.downRevisions.length === 0;
    d.isRealBase = d.downRevisions.length === 0 && d.dependencies.length === 0;
    d.isBranchPoint = d.nextRevisions.length > 1;
    d.isRealBranchPoint = d.allNextRevisions.length > 1;
    d.isMergePoint = d.downRevisions.length > 1;
    Object.freeze(d);
    if (d.isHead) heads.push(d.revision);
    if (d.isRealHead) realHeads.push(d.revision);
    if (d.isBase) bases.push(d.revision);
    if (d.isRealBase) realBases.push(d.revision);
    identifiers[i] = d.revision;
  }
  const nodes: readonly RevisionNode<S>[] = order;
  const byId = (id: string): RevisionNode<S> | undefined => drafts.get(id);
  const labels = new Map<string, RevisionNode<S>>();
  for (const [label, d] of labelDrafts) {
    labels.set(label, d);
    if (!drafts.has(label)) identifiers.push(label);
  }
  Object.freeze(identifiers);
  // Sorted only for a prefix search: most commands name whole ids or none.
  let sorted: readonly string[] | null = null;
  const map: RevisionMap<S> = Object.freeze({
    nodes: Object.freeze(nodes),
    heads: Object.freeze(heads),
    realHeads: Object.freeze(realHeads),
    bases: Object.freeze(bases),
    realBases: Object.freeze(realBases),
    identifiers,
    get sortedIdentifiers() {
      return (sorted ??= Object.freeze([...identifiers].sort()));
    },
    node: byId,
    nodeOf: (id: string) => byId(id) ?? missing(id),
    labelNode: (label: string) => labels.get(label),
    getRevision: (id: string | null) => getRevisionPublic(map, id),
    getRevisions: (id: string | readonly string[] | null) => getRevisionsPublic(map, id),
  });
  return map;
}

const missing = (id: string): never => {
  throw new RevisionError(`No such revision '${id}' in the revision map`);
};

/** The file each record came from, where it has one: what a duplicate or a clash names. */
export function filesOf(records: readonly RevisionRecord[]): string[] {
  return records.map((r) => (r as { path?: unknown }).path).filter((p): p is string => typeof p === "string");
}
