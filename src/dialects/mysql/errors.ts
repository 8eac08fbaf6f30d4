/**
 * A MySQL or MariaDB error's fields besides its message: the server's error number, SQLSTATE
 * and symbolic code (what the `mysql` client prints as `ERROR 1054 (42S22)`), and a hint where
 * the fix is not in the message.
 */
export function describeError(err: unknown): readonly string[] {
  const e = err as { errno?: unknown; sqlState?: unknown; code?: unknown } | null;
  if (typeof e !== "object" || e === null || typeof e.errno !== "number" || typeof e.code !== "string") return [];
  const state = typeof e.sqlState === "string" && e.sqlState !== "" ? `, SQLSTATE ${e.sqlState}` : "";
  return [`CODE:  ${e.code} (errno ${e.errno}${state})`];
}
