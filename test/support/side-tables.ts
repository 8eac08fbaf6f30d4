/**
 * Retort's own tables beside the version table (`<version table>_checksums`, and on MySQL and
 * MariaDB `<version table>_progress`): Alembic has none, so catalogs compared with Alembic's
 * recordings leave them out.
 */
export const isSideTable = (name: unknown): boolean => /_(checksums|progress)$/.test(String(name)) && /version/.test(String(name));

/** The same, as an SQL condition on a column of table names. */
export const notSideTableSql = (column: string): string => `${column} NOT LIKE '%version\\_checksums' AND ${column} NOT LIKE '%version\\_progress'`;
