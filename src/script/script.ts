/** The four identifiers every revision file exports, as read from its source. */
export interface RevisionRecord {
  readonly revision: string;
  readonly downRevision: string | readonly string[] | null;
  readonly branchLabels: string | readonly string[] | null;
  readonly dependsOn: string | readonly string[] | null;
}

/** A revision file on disk: its identifiers plus what the graph commands print. */
export interface Script extends RevisionRecord {
  /** Absolute path of the revision file. */
  readonly path: string;
  /**
   * The leading comment with its ` * ` prefixes removed, line for line: what Alembic calls the
   * module docstring (contract section 7). Null when the file has no leading comment.
   */
  readonly docstring: string | null;
}
