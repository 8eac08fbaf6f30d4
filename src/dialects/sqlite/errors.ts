/**
 * A SQLite error's fields besides its message: better-sqlite3's extended result code
 * (SQLITE_CONSTRAINT_FOREIGNKEY), and a hint where SQLite's own message leaves the fix unsaid.
 */
export function describeError(err: unknown, sql?: string): readonly string[] {
  const e = err as { code?: unknown } | null;
  if (typeof e !== "object" || e === null || typeof e.code !== "string" || !e.code.startsWith("SQLITE_")) return [];
  const lines = [`CODE:  ${e.code}`];
  // SQLite alters a column's NOT NULL at most; Alembic prints the other ALTER COLUMNs offline regardless.
  if (e.code === "SQLITE_ERROR" && sql !== undefined && /^\s*ALTER\s+TABLE\b[\s\S]*\bALTER\s+COLUMN\b/i.test(sql)) {
    lines.push("HINT:  SQLite cannot alter a column this way; change it inside op.batchAlterTable(), which moves and copies the table");
  }
  return lines;
}
