import { RetortError } from "../../util/errors.js";
import { withDetails } from "../../util/failure-details.js";

/**
 * The graph's error kinds, mirroring Alembic's RevisionError family (script/revision.py). They
 * are RetortErrors, so they print as a FAILED line anywhere; the planning layer rewrites some of
 * them into Alembic's command-level wording with `translateRevisionError`.
 */
export class RevisionError extends RetortError {}

/** A revision argument as Alembic holds it: a string, a tuple of strings, or None. */
export type RevArg = string | readonly string[] | null;

/** Python's `"%s" % value` for a RevArg: None, a string, or a tuple repr such as ('a', 'b'). */
export function pyStr(v: RevArg | undefined): string {
  if (v === null || v === undefined) return "None";
  if (typeof v === "string") return v;
  const items = v.map((x) => `'${x}'`);
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
}

/** Python truthiness of a RevArg (empty string and empty tuple are false). */
const truthy = (v: RevArg | undefined): v is string | readonly string[] =>
  v !== null && v !== undefined && v.length > 0;

export class RangeNotAncestorError extends RevisionError {
  constructor(
    readonly lower: RevArg,
    readonly upper: RevArg,
  ) {
    super(`Revision ${truthy(lower) ? pyStr(lower) : "base"} is not an ancestor of revision ${truthy(upper) ? pyStr(upper) : "base"}`);
  }
}

export class MultipleHeadsError extends RevisionError {
  constructor(
    readonly heads: readonly string[],
    readonly argument: string | null,
  ) {
    super(`Multiple heads are present for given argument '${argument ?? "None"}'; ${heads.join(", ")}`);
  }
}

export class ResolutionError extends RevisionError {
  constructor(
    message: string,
    readonly argument: string,
    /** For a prefix that starts more than one revision: all of them, in map order. */
    readonly candidates: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Options of Alembic's `ScriptDirectory._catch_revision_errors`: %(start)s-style templates. */
export interface RevisionErrorContext {
  readonly ancestor?: string;
  readonly multipleHeads?: string;
  readonly start?: RevArg;
  readonly end?: RevArg;
  readonly resolution?: string;
}

const DEFAULT_ANCESTOR =
  "Requested range %(start)s:%(end)s does not refer to ancestor/descendant revisions along the same branch";
const DEFAULT_MULTIPLE_HEADS =
  "Multiple head revisions are present for given argument '%(head_arg)s'; please specify a specific " +
  "target revision, '<branchname>@%(head_arg)s' to narrow to a specific head, or 'heads' for all heads";

const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/%\((\w+)\)s/g, (whole, key: string) => values[key] ?? whole);


/** Rewrites a graph error the way `_catch_revision_errors` does; other errors pass through. */
export function translateRevisionError(err: unknown, ctx: RevisionErrorContext = {}): unknown {
  if (err instanceof RangeNotAncestorError) {
    const start = ctx.start === undefined ? err.lower : ctx.start;
    const end = ctx.end === undefined ? err.upper : ctx.end;
    return new RetortError(fill(ctx.ancestor ?? DEFAULT_ANCESTOR, { start: pyStr(start), end: pyStr(end) }), {
      cause: err,
    });
  }
  if (err instanceof MultipleHeadsError) {
    const headArg = truthy(ctx.end) ? ctx.end : err.argument;
    return new RetortError(
      fill(ctx.multipleHeads ?? DEFAULT_MULTIPLE_HEADS, { head_arg: pyStr(headArg), heads: err.heads.join(", ") }),
      { cause: err },
    );
  }
  if (err instanceof ResolutionError) {
    // Alembic's message hides why; for an ambiguous prefix a second line names the candidates.
    const details = err.candidates.length > 0 ? [`Multiple revisions start with '${err.argument}': ${listSome(err.candidates, 10)}`] : [];
    return withDetails(new RetortError(ctx.resolution ?? `Can't locate revision identified by '${err.argument}'`, { cause: err }), details);
  }
  if (err instanceof RevisionError) return new RetortError(err.message, { cause: err });
  return err;
}

/** "a, b, c" or, past `limit`, "a, b, ... and 12 more". */
function listSome(items: readonly string[], limit: number): string {
  if (items.length <= limit) return items.join(", ");
  return `${items.slice(0, limit).join(", ")} and ${items.length - limit} more`;
}

/** Runs `fn`, translating graph errors as `_catch_revision_errors` would. */
export function withRevisionErrors<T>(ctx: RevisionErrorContext, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw translateRevisionError(err, ctx);
  }
}
