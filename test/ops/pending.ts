/**
 * Corpus cases whose feature is not built yet. They still run, reported as TODO by the test
 * runner, so the gap stays visible without turning the suite red. Remove a name when it passes.
 */
export const PENDING: Readonly<Record<string, string>> = {};

/** The same for one dialect's recordings only. */
export const PENDING_BY_DIALECT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
};

export function pendingFor(dialect: string, name: string): string | undefined {
  return PENDING[name] ?? PENDING_BY_DIALECT[dialect]?.[name];
}
