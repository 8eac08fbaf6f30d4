import type { RevisionRecord } from "../script.js";

/**
 * One revision in a built map: the record it came from plus everything the graph derives from it.
 * Id lists keep a stated order (see each field); Alembic keeps several of them in Python sets,
 * whose order is the hash order, so where Alembic's order is undefined we use the map order
 * (the order the records were given in) or the declared order.
 */
export interface RevisionNode<S extends RevisionRecord = RevisionRecord> {
  readonly script: S;
  readonly revision: string;
  /** Position in the map: the input order of the records. */
  readonly index: number;
  /** Position in one topological order: after all its down revisions and dependencies. */
  readonly rank: number;
  /** `downRevision` as a list, in declared order (Alembic's `_versioned_down_revisions`). */
  readonly downRevisions: readonly string[];
  /** `dependsOn` as declared (ids, prefixes or branch labels), for display. */
  readonly dependencies: readonly string[];
  /** Dependencies resolved to revision ids, declared order, duplicates kept. */
  readonly resolvedDependencies: readonly string[];
  /** Resolved dependencies minus those already implied by an ancestor, declared order, deduplicated. */
  readonly normalizedDependencies: readonly string[];
  /** downRevisions + resolvedDependencies, deduplicated (`_all_down_revisions`). */
  readonly allDownRevisions: readonly string[];
  /** downRevisions + normalizedDependencies, deduplicated (`_normalized_down_revisions`). */
  readonly normalizedDownRevisions: readonly string[];
  /** Children through downRevision only, sorted by id (`nextrev`, a set in Alembic). */
  readonly nextRevisions: readonly string[];
  /** Children through downRevision or dependsOn, sorted by id (`_all_nextrev`). */
  readonly allNextRevisions: readonly string[];
  /** Branch labels declared on this revision, in declared order. */
  readonly ownBranchLabels: readonly string[];
  /** Own plus inherited branch labels, sorted (Alembic keeps a set). */
  readonly branchLabels: readonly string[];
  /** No child through downRevision (Alembic `is_head`). */
  readonly isHead: boolean;
  /** No child through downRevision or dependsOn (`_is_real_head`). */
  readonly isRealHead: boolean;
  /** downRevision is empty (`is_base`). */
  readonly isBase: boolean;
  /** downRevision and dependsOn are both empty (`_is_real_base`). */
  readonly isRealBase: boolean;
  readonly isBranchPoint: boolean;
  readonly isRealBranchPoint: boolean;
  readonly isMergePoint: boolean;
}

/**
 * A validated, frozen revision graph. The lookup methods behave like Alembic's
 * `ScriptDirectory.get_revision(s)`: failures are `RetortError`s with Alembic's command-level
 * messages ("Can't locate revision identified by 'x'", "Multiple head revisions are present ...").
 */
export interface RevisionMap<S extends RevisionRecord = RevisionRecord> {
  /** All revisions in map order (the input order). */
  readonly nodes: readonly RevisionNode<S>[];
  /** Versioned heads (no child through downRevision), map order. */
  readonly heads: readonly string[];
  /** Heads that no revision depends on either. */
  readonly realHeads: readonly string[];
  /** Revisions without downRevision, map order. */
  readonly bases: readonly string[];
  /** Bases without dependencies either. */
  readonly realBases: readonly string[];
  /** Every id then every branch label, map order: the keys Alembic matches prefixes against. */
  readonly identifiers: readonly string[];
  /** The same, sorted by code unit, for prefix search. */
  readonly sortedIdentifiers: readonly string[];
  /** Exact id lookup, no symbols, no prefixes. */
  node(id: string): RevisionNode<S> | undefined;
  /** Exact id lookup that must succeed. */
  nodeOf(id: string): RevisionNode<S>;
  /** The revision that declares a branch label. */
  labelNode(label: string): RevisionNode<S> | undefined;
  /** Resolves one identifier (id, prefix, head, base, LABEL@head, -1 ...); null for base. */
  getRevision(id: string | null): RevisionNode<S> | null;
  /**
   * Resolves an identifier or a list of them ("heads" gives all); an empty list for base. A
   * relative form that walks off the graph fails here (Alembic yields None and crashes later).
   */
  getRevisions(idOrIds: string | readonly string[] | null): readonly RevisionNode<S>[];
}
