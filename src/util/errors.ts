/** The one user-error class. Only the CLI prints it, as a single `FAILED:` line. */
export class RetortError extends Error {
  override readonly name = "RetortError";
}

export function fail(message: string, cause?: unknown): never {
  throw cause === undefined ? new RetortError(message) : new RetortError(message, { cause });
}

export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  // Some drivers throw plain objects; never show one as "[object Object]".
  const message = (err as { message?: unknown } | null)?.message;
  if (typeof message === "string") return message;
  return typeof err === "object" && err !== null ? "an error that gave no message" : String(err);
}
