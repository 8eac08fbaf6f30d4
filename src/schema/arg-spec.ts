/**
 * What a constructor's parameters accept, declared beside it and checked where the call enters:
 * `sa.String("x")` fails there, naming `length`, instead of rendering nonsense or failing later.
 * Only values are checked; an option a constructor does not know is left alone, as SQLAlchemy's
 * constructors pass unknown keywords on to dialects and to deprecated parameters.
 */
import { isNameLike } from "./naming-name.js";
import { isOptions } from "./item.js";
import { expectArg } from "../util/expect-arg.js";
import { fail } from "../util/errors.js";
import { atCallSite } from "../util/call-site.js";

/** What a value must be, said as a message says it, and the test. Undefined always means "not given". */
export interface Check {
  readonly what: string;
  readonly ok: (value: unknown) => boolean;
}

export interface ArgSpec {
  /** Parameter names that may be given by position, in order. */
  readonly positional: readonly string[];
  /** For a variadic constructor (`sa.Enum("a", "b")`): what each positional beyond `positional` must be. */
  readonly rest?: Check;
  /** By parameter name (positional or option). */
  readonly checks: Readonly<Record<string, Check>>;
}

export const check = (what: string, ok: (value: unknown) => boolean): Check => ({ what, ok });

/** The kinds of values constructors take. */
export const is = {
  int: check("an integer", (v) => Number.isInteger(v)),
  intOrNull: check("an integer or null", (v) => v === null || Number.isInteger(v)),
  bool: check("true or false", (v) => typeof v === "boolean"),
  boolOrNull: check("true, false or null", (v) => v === null || typeof v === "boolean"),
  string: check("a string", (v) => typeof v === "string"),
  stringOrNull: check("a string or null", (v) => v === null || typeof v === "string"),
  nameOrNull: check("a name (a string or op.f(...)) or null", (v) => v === null || isNameLike(v)),
  options: check("an object", (v) => v === null || isOptions(v)),
  /** Sequence bounds may exceed JavaScript's safe integers: bigints and digit strings count too. */
  bigIntOrNull: check("an integer or null", (v) => v === null || Number.isInteger(v) || typeof v === "bigint" || (typeof v === "string" && /^-?\d+$/.test(v))),
  strings: check("a list of strings", (v) => Array.isArray(v) && v.every((x) => typeof x === "string")),
  /** Anything: a parameter the constructor checks itself. */
  any: check("anything", () => true),
};

/** Check `args` (positionals, then an optional options object) of the public function `fn`. */
export function checkArgs(fn: string, spec: ArgSpec, args: readonly unknown[]): void {
  // Indexes rather than splitOptions: every sa.* call comes through here, a models module makes thousands.
  const hasOptions = args.length > 0 && isOptions(args[args.length - 1]);
  const npos = hasOptions ? args.length - 1 : args.length;
  if (npos > spec.positional.length && spec.rest === undefined) {
    const names = spec.positional.length === 0 ? "no arguments by position" : `at most ${spec.positional.length} by position (${spec.positional.join(", ")})`;
    fail(atCallSite(`${fn}: takes ${names}, got ${npos}`));
  }
  for (let i = 0; i < npos; i++) {
    const value = args[i];
    const name = spec.positional[i];
    const c = name === undefined ? spec.rest! : spec.checks[name];
    if (c !== undefined && c !== is.any && value !== undefined) expectArg(fn, name ?? `argument ${i + 1}`, c.what, c.ok(value), value);
  }
  if (!hasOptions) return;
  const options = args[npos] as Record<string, unknown>;
  for (const name of Object.keys(options)) {
    const c = spec.checks[name];
    const value = options[name];
    if (c !== undefined && value !== undefined) expectArg(fn, name, c.what, c.ok(value), value);
  }
}
