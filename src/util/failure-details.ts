import { userCallSite, type CapturedSite } from "./call-site.js";
import { RetortError } from "./errors.js";

/*
 * What a failure's FAILED line alone cannot say, gathered where it is known: the server's own
 * detail and the statement (where a statement ran), the user's line (where an op was queued).
 * Kept beside the error rather than in a wrapper, so code that catches a driver's error still
 * sees the driver's error. The CLI prints the lines, indented, under the FAILED line.
 */

const notes = new WeakMap<object, { lines: string[]; sited: boolean }>();

function noteOf(err: unknown): { lines: string[]; sited: boolean } | null {
  if (typeof err !== "object" || err === null) return null;
  let note = notes.get(err);
  if (note === undefined) notes.set(err, (note = { lines: [], sited: false }));
  return note;
}

/** The longest statement shown; the rest is cut, saying how much. */
const MAX_STATEMENT = 600;

/** A statement failed on the server: what the server said besides its message, and the statement. */
export function noteFailedStatement(err: unknown, serverDetails: readonly string[], sql: string, params: readonly unknown[] | undefined): void {
  const note = noteOf(err);
  if (note === null || note.lines.length > 0) return;
  const text = sql.trim();
  const shown = text.length > MAX_STATEMENT ? `${text.slice(0, MAX_STATEMENT)}... (${text.length - MAX_STATEMENT} more characters)` : text;
  note.lines.push(...serverDetails, `[SQL: ${hidePasswords(shown)}]`);
  if (params !== undefined && params.length > 0) note.lines.push(`[parameters: ${params.map(renderParam).join(", ")}]`);
}

/** Lines an error's message has no room for (the files involved, the candidates); returns `err`, to throw. */
export function withDetails<E extends object>(err: E, lines: readonly string[]): E {
  noteOf(err)?.lines.push(...lines);
  return err;
}

/** The failing work was queued at `site`: name the user's line there, once. */
export function noteQueuedAt(err: unknown, site: CapturedSite): void {
  const note = noteOf(err);
  if (note === null || note.sited) return;
  note.sited = true;
  const where = userCallSite(site.stack ?? "");
  if (where !== null) note.lines.push(`in ${where}`);
}

/**
 * Every line noted on `err` and the errors it was caused by, innermost cause first. Where no
 * queued work named the user's line, the innermost error's own stack may: code in a revision
 * file or env.ts that threw (not Retort itself, whose messages say what is wrong).
 */
export function failureDetails(err: unknown): string[] {
  const chain: unknown[] = [];
  for (let e = err; typeof e === "object" && e !== null && !chain.includes(e); e = (e as { cause?: unknown }).cause) chain.push(e);
  chain.reverse();
  const lines = chain.flatMap((e) => notes.get(e as object)?.lines ?? []);
  // Retort's own diagnoses say what is wrong (a bad URL is not the fault of env.ts's line).
  if (!chain.some((e) => notes.get(e as object)?.sited) && !(chain[0] instanceof RetortError)) {
    const stack = (chain[0] as { stack?: unknown } | undefined)?.stack;
    const where = typeof stack === "string" ? userCallSite(stack) : null;
    const said = chain.some((e) => e instanceof Error && where !== null && e.message.includes(where));
    if (where !== null && !said) lines.push(`in ${where}`);
  }
  return [...new Set(lines)];
}

/** A password written into a statement (`CREATE ROLE x PASSWORD '...'`) is never shown. */
function hidePasswords(sql: string): string {
  return sql.replace(/\b(PASSWORD\s+)('(?:[^']|'')*'|\$\w*\$[\s\S]*?\$\w*\$|\S+)/gi, "$1'***'");
}

/** A bound value as a SQL literal would show it, short. */
function renderParam(value: unknown): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "string") return `'${(value.length > 80 ? `${value.slice(0, 80)}...` : value).replaceAll("'", "''")}'`;
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return `'${value.toISOString()}'`;
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? typeof value : `'${json.length > 80 ? `${json.slice(0, 80)}...` : json}'`;
  } catch {
    return typeof value;
  }
}
