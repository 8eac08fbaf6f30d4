/**
 * Retort's own tables beside the version table, which keeps Alembic's shape so that Alembic can
 * still read it: the checksums of applied revisions, and where DDL is not transactional the
 * progress of a run. Named after the version table, in its schema; autogenerate ignores all three.
 */
import type { Dialect } from "../dialects/dialect.js";

export const checksumTableName = (versionTable: string): string => `${versionTable}_checksums`;
export const progressTableName = (versionTable: string): string => `${versionTable}_progress`;

/** The version table or a side table, quoted and qualified by its schema for the dialect's SQL. */
export function qualifiedTableName(dialect: Dialect, name: string, schema: string | null): string {
  const q = dialect.quoteIdentifier;
  return schema === null ? q(name) : `${q(schema)}.${q(name)}`;
}

/** The version table and its side tables. */
export const runtimeTableNames = (versionTable: string): readonly string[] => [versionTable, checksumTableName(versionTable), progressTableName(versionTable)];
