import type { RevisionRecord } from "../script.js";
import { withDetails } from "../../util/failure-details.js";
import { RevisionError } from "./errors.js";
import { comparePy } from "./py-set-order.js";
import { getRevisionsPublic, getRevisionPublic } from "./resolve.js";
import { iterateRelated } from "./traverse.js";
import type { RevisionMap, RevisionNode } from "./types.js";

/** Mutable while building; frozen into a RevisionNode at the end. */
interface Draft<S extends RevisionRecord> {
  script: S;
  revision: string;
  index: number;
  rank: number;
  downRevisions: string[];
  dependencies: string[];
  resolvedDependencies: string[];
  normalizedDependencies: string[];
  allDownRevisions: string[];
  normalizedDownRevisions: string[];
  nextRevisions: string[];
  allNextRevisions: string[];
  ownBranchLabels: string[];
  branchLabels: Set<string>;
}

/** Alembic's `util.to_tuple` followed by `tuple_rev_as_scalar`: null, "" and [] all mean none. */
const toList = (v: string | readonly string[] | null | undefined): string[] => {
  if (v === null || v === undefined || v === "") return [];
  return typeof v === "string" ? [v] : [...v];
};

const dedupe = (ids: readonly string[]): string[] => [...new Set(ids)];

const ILLEGAL = ["+", "-", "@"]; // sorted, as Alembic sorts the ones it reports

/** Alembic's `Revision.__init__` checks (script/revision.py). */
function checkRecord(rec: RevisionRecord): void {
  const down = toList(rec.downRevision);
  const deps = toList(rec.dependsOn);
  if (down.includes(rec.revision)) throw new RevisionError(`Self-loop is detected in revisions (${rec.revision})`);
  if (deps.includes(rec.revision)) {
    throw new RevisionError(`Dependency self-loop is detected in revisions (${rec.revision})`);
  }
  const bad = ILLEGAL.filter((c) => rec.revision.includes(c));
  if (bad.length > 0) {
    throw new RevisionError(`Character(s) '${bad.join(", ")}' not allowed in revision identifier '${rec.revision}'`);
  }
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
  for (const rec of records) {
    checkRecord(rec);
    const earlier = drafts.get(rec.revision);
    if (earlier) {
      // Alembic's warning, as an error that names both files (records read from disk carry a path).
      throw withDetails(new RevisionError(`Revision ${rec.revision} is present more than once`), filesOf([earlier.script, rec]));
    }
    const d: Draft<S> = {
      script: rec,
      revision: rec.revision,
      index: order.length,
      rank: 0,
      downRevisions: toList(rec.downRevision),
      dependencies: toList(rec.dependsOn),
      resolvedDependencies: [],
      normalizedDependencies: [],
      allDownRevisions: [],
      normalizedDownRevisions: [],
      nextRevisions: [],
      allNextRevisions: [],
      ownBranchLabels: dedupe(toList(rec.branchLabels)),
      branchLabels: new Set(toList(rec.branchLabels)),
    };
    drafts.set(rec.revision, d);
    order.push(d);
  }

  // Branch labels share the identifier namespace with revision ids (`_map_branch_labels`).
  const labels = new Map<string, Draft<S>>();
  for (const d of order) {
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

  // Dependencies may name a revision id or a branch label, exactly (`_add_depends_on`).
  for (const d of order) {
    d.resolvedDependencies = d.dependencies.map((dep) => {
      const target = drafts.get(dep) ?? labels.get(dep);
      if (!target) throw new RevisionError(`Dependency ${dep} referenced from ${d.revision} is not present`);
      return target.revision;
    });
    d.allDownRevisions = dedupe([...d.downRevisions, ...d.resolvedDependencies]);
  }

  for (const d of order) {
    for (const down of d.allDownRevisions) {
      const parent = drafts.get(down);
      if (!parent) throw new RevisionError(`Revision ${down} referenced from ${d.revision} is not present`);
      parent.allNextRevisions.push(d.revision);
      if (d.downRevisions.includes(down)) parent.nextRevisions.push(d.revision);
    }
  }
  // Alembic keeps children in frozensets (hash order); we list them sorted by id.
  for (const d of order) {
    d.allNextRevisions = dedupe(d.allNextRevisions).sort(comparePy);
    d.nextRevisions = dedupe(d.nextRevisions).sort(comparePy);
  }

  detectCycles(order, drafts);
  rankTopologically(order, drafts);
  normalizeDependencies(order, drafts);
  inheritBranchLabels(order, drafts);
  return freeze(order, labels);
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
 * Drops each dependency that a (versioned) ancestor already depends on (`_normalize_depends_on`).
 * Alembic walks all ancestors of each revision that has dependencies; we carry the set of
 * dependencies declared below each revision up the graph once (shared along plain lines), so
 * long histories with many dependencies stay near-linear. Runs after cycle detection: the
 * versioned graph is acyclic here.
 */
function normalizeDependencies<S extends RevisionRecord>(order: Draft<S>[], drafts: Map<string, Draft<S>>): void {
  for (const d of order) d.normalizedDownRevisions = [...d.downRevisions];
  if (!order.some((d) => d.resolvedDependencies.length > 0)) return;
  // The dependencies declared strictly below a revision: a shared set plus a short list of
  // recent additions, folded into a new set now and then, so plain lines share one value.
  interface Below {
    readonly set: ReadonlySet<string>;
    readonly extra: readonly string[];
  }
  const has = (b: Below, dep: string) => b.set.has(dep) || b.extra.includes(dep);
  const none: Below = { set: new Set(), extra: [] };
  const below = new Map<Draft<S>, Below>();
  const pendingParents = new Map(order.map((d) => [d, new Set(d.downRevisions).size] as const));
  const ready = order.filter((d) => d.downRevisions.length === 0);
  while (ready.length > 0) {
    const d = ready.pop() as Draft<S>;
    const parents = [...new Set(d.downRevisions)].map((id) => drafts.get(id) as Draft<S>);
    let mine: Below;
    if (parents.length === 0) mine = none;
    else if (parents.length === 1) {
      const p = parents[0] as Draft<S>;
      const up = below.get(p) ?? none;
      if (p.resolvedDependencies.length === 0) mine = up;
      else {
        const extra = [...up.extra, ...p.resolvedDependencies];
        mine = extra.length > 64 ? { set: new Set([...up.set, ...extra]), extra: [] } : { set: up.set, extra };
      }
    } else {
      const all = new Set<string>();
      for (const p of parents) {
        const up = below.get(p) ?? none;
        for (const dep of up.set) all.add(dep);
        for (const dep of up.extra) all.add(dep);
        for (const dep of p.resolvedDependencies) all.add(dep);
      }
      mine = { set: all, extra: [] };
    }
    below.set(d, mine);
    const deps = d.resolvedDependencies;
    if (deps.length > 0) {
      // Alembic keeps the survivors in a set (hash order); the corpus pins them to declared
      // order, duplicates dropped (test/graph/FORMAT.md, "Orders Alembic leaves open").
      d.normalizedDependencies = dedupe(deps.filter((dep) => !has(mine, dep)));
      d.normalizedDownRevisions = dedupe([...d.downRevisions, ...d.normalizedDependencies]);
    }
    for (const child of d.nextRevisions) {
      const c = drafts.get(child) as Draft<S>;
      const left = (pendingParents.get(c) as number) - 1;
      pendingParents.set(c, left);
      if (left === 0) ready.push(c);
    }
  }
}

/** Numbers the revisions parents-first (Kahn's algorithm over downRevision and dependsOn, map order). */
function rankTopologically<S extends RevisionRecord>(order: Draft<S>[], drafts: Map<string, Draft<S>>): void {
  const waiting = new Map(order.map((d) => [d, d.allDownRevisions.length] as const));
  const ready = order.filter((d) => d.allDownRevisions.length === 0).reverse();
  let next = 0;
  while (ready.length > 0) {
    const d = ready.pop() as Draft<S>;
    d.rank = next++;
    for (const child of d.allNextRevisions) {
      const c = drafts.get(child) as Draft<S>;
      const left = (waiting.get(c) as number) - 1;
      waiting.set(c, left);
      if (left === 0) ready.push(c);
    }
  }
}

/** Walks used before the map is frozen: a Draft has the fields the traversal reads. */
const asNode = <S extends RevisionRecord>(d: Draft<S>) => d as unknown as RevisionNode<S>;

/** `_detect_cycles`: every revision must lie between a head and a base, first by downRevision, then with dependencies. */
function detectCycles<S extends RevisionRecord>(order: Draft<S>[], drafts: Map<string, Draft<S>>): void {
  if (order.length === 0) return;
  const lookup = (id: string) => drafts.has(id) ? asNode(drafts.get(id) as Draft<S>) : undefined;
  const check = (
    kind: string,
    heads: Draft<S>[],
    bases: Draft<S>[],
    down: (d: RevisionNode<S>) => readonly string[],
    up: (d: RevisionNode<S>) => readonly string[],
  ) => {
    if (heads.length === 0 || bases.length === 0) {
      throw new RevisionError(`${kind} is detected in revisions (${order.map((d) => d.revision).join(", ")})`);
    }
    const fromHeads = new Set(iterateRelated(heads.map(asNode), down as never, lookup).map((n) => n.revision));
    const fromBases = iterateRelated(bases.map(asNode), up as never, lookup).map((n) => n.revision);
    const space = new Set(fromBases.filter((id) => fromHeads.has(id)));
    const lost = order.map((d) => d.revision).filter((id) => !space.has(id));
    if (lost.length > 0) throw new RevisionError(`${kind} is detected in revisions (${lost.sort(comparePy).join(", ")})`);
  };
  check(
    "Cycle",
    order.filter((d) => d.nextRevisions.length === 0),
    order.filter((d) => d.downRevisions.length === 0),
    (n) => n.downRevisions,
    (n) => n.nextRevisions,
  );
  // Without dependencies the second pass would walk the same edges again.
  if (!order.some((d) => d.dependencies.length > 0)) return;
  check(
    "Dependency cycle",
    order.filter((d) => d.allNextRevisions.length === 0),
    order.filter((d) => d.downRevisions.length === 0 && d.dependencies.length === 0),
    (n) => n.allDownRevisions,
    (n) => n.allNextRevisions,
  );
}

/**
 * `_add_branches`: a label applies to its revision and every descendant (by downRevision), and
 * down from the last descendant Alembic's walk visits to the nearest branch point or merge point,
 * which labels the revision's own ancestors when its line does not branch.
 */
function inheritBranchLabels<S extends RevisionRecord>(order: Draft<S>[], drafts: Map<string, Draft<S>>): void {
  const lookup = (id: string) => asNode(drafts.get(id) as Draft<S>);
  for (const d of order) {
    if (d.ownBranchLabels.length === 0) continue;
    // Alembic spreads the revision's whole label set at this point, inherited labels included.
    const spread = [...d.branchLabels];
    const descendants = iterateRelated([asNode(d)], (n) => n.nextRevisions, lookup);
    for (const n of descendants) for (const l of spread) (drafts.get(n.revision) as Draft<S>).branchLabels.add(l);
    let parent = drafts.get((descendants[descendants.length - 1] as RevisionNode<S>).revision);
    while (parent && parent.allNextRevisions.length <= 1 && parent.downRevisions.length <= 1) {
      for (const l of spread) parent.branchLabels.add(l);
      const down = parent.downRevisions[0];
      parent = down === undefined ? undefined : drafts.get(down);
    }
  }
}

function freeze<S extends RevisionRecord>(order: Draft<S>[], labelDrafts: Map<string, Draft<S>>): RevisionMap<S> {
  const nodes: RevisionNode<S>[] = order.map((d) =>
    Object.freeze({
      script: d.script,
      revision: d.revision,
      index: d.index,
      rank: d.rank,
      downRevisions: Object.freeze(d.downRevisions),
      dependencies: Object.freeze(d.dependencies),
      resolvedDependencies: Object.freeze(d.resolvedDependencies),
      normalizedDependencies: Object.freeze(d.normalizedDependencies),
      allDownRevisions: Object.freeze(d.allDownRevisions),
      normalizedDownRevisions: Object.freeze(d.normalizedDownRevisions),
      nextRevisions: Object.freeze(d.nextRevisions),
      allNextRevisions: Object.freeze(d.allNextRevisions),
      ownBranchLabels: Object.freeze(d.ownBranchLabels),
      branchLabels: Object.freeze([...d.branchLabels].sort(comparePy)),
      isHead: d.nextRevisions.length === 0,
      isRealHead: d.allNextRevisions.length === 0,
      isBase: d.downRevisions.length === 0,
      isRealBase: d.downRevisions.length === 0 && d.dependencies.length === 0,
      isBranchPoint: d.nextRevisions.length > 1,
      isRealBranchPoint: d.allNextRevisions.length > 1,
      isMergePoint: d.downRevisions.length > 1,
    }),
  );
  const byId = new Map(nodes.map((n) => [n.revision, n] as const));
  const labels = new Map<string, RevisionNode<S>>();
  for (const [label, d] of labelDrafts) labels.set(label, byId.get(d.revision) as RevisionNode<S>);
  const identifiers = [...byId.keys(), ...[...labels.keys()].filter((l) => !byId.has(l))];
  const ids = (pick: (n: RevisionNode<S>) => boolean) => Object.freeze(nodes.filter(pick).map((n) => n.revision));
  const map: RevisionMap<S> = Object.freeze({
    nodes: Object.freeze(nodes),
    heads: ids((n) => n.isHead),
    realHeads: ids((n) => n.isRealHead),
    bases: ids((n) => n.isBase),
    realBases: ids((n) => n.isRealBase),
    identifiers: Object.freeze(identifiers),
    sortedIdentifiers: Object.freeze([...identifiers].sort()),
    node: (id: string) => byId.get(id),
    nodeOf: (id: string) => byId.get(id) ?? missing(id),
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
