/**
 * A PostgreSQL error's fields besides its message, as psql and libpq print them. Both drivers
 * (pg, PGlite) hand over the server's ErrorResponse fields under the same names.
 */
export function describeError(err: unknown): readonly string[] {
  const e = err as { detail?: unknown; hint?: unknown; where?: unknown } | null;
  if (typeof e !== "object" || e === null) return [];
  const lines: string[] = [];
  if (typeof e.detail === "string" && e.detail !== "") lines.push(`DETAIL:  ${e.detail}`);
  if (typeof e.hint === "string" && e.hint !== "") lines.push(`HINT:  ${e.hint}`);
  return lines;
}
