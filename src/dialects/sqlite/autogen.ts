/** What autogenerate needs to know of SQLite: how it renders and reports server defaults (Alembic's SQLiteImpl). */

/**
 * Whether a default's SQL is an expression that SQLite's DDL needs in parentheses: not a bare
 * digit, a quoted string or something parenthesised already (Alembic 1.8.1's
 * SQLiteImpl._guess_if_default_is_unparenthesized_sql_expr, whose digit test matches one
 * character only, so `1.5` is parenthesised and `0` is not).
 */
function unparenthesizedExpr(sql: string): boolean {
  if (sql === "") return false;
  if (/^[0-9.]$/.test(sql)) return false;
  if (/^'.+'$/s.test(sql)) return false;
  if (/^\(.+\)$/s.test(sql)) return false;
  return true;
}

/** A rendered sa.text() default: `(CURRENT_TIMESTAMP)`, as Alembic's SQLiteImpl.render_ddl_sql_expr. */
export function renderServerDefaultSql(sql: string): string {
  return unparenthesizedExpr(sql) ? `(${sql})` : sql;
}

/**
 * A default as SQLite reports it back, for comparing: outer parentheses and a string's quotes
 * dropped (what SQLiteImpl.compare_server_default strips). Alembic 1.8.1 strips the parentheses
 * on the metadata side only, so a database's `(CURRENT_TIMESTAMP)` shows as a change from the
 * metadata's `CURRENT_TIMESTAMP` forever; Retort strips both sides, so what the database reports
 * back for the default a migration created never shows as a change.
 */
export function normalizeServerDefault(sql: string): string {
  let s = sql.trim();
  while (/^\((.*)\)$/s.test(s)) s = s.slice(1, -1).trim();
  const quoted = /^"?'(.+)'"?$/s.exec(s);
  return quoted !== null ? quoted[1]! : s;
}
