/** An ini flag as Alembic's `util.asbool` reads it: true, yes, on or 1, any case. */
export function asBool(value: string | null | undefined): boolean {
  return value != null && ["true", "yes", "on", "1"].includes(value.trim().toLowerCase());
}
