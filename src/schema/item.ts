/**
 * Shared plumbing for `sa.*` constructs: a brand that tells schema objects from the
 * trailing options object (Python's keyword arguments), and the positional/keyword
 * argument split every constructor does.
 */
import { describeValue } from "../util/describe-value.js";
import { RetortError, fail } from "../util/errors.js";
import { atCallSite } from "../util/call-site.js";
import { checkArgs, type ArgSpec } from "./arg-spec.js";

/** Every schema construct carries its kind under this key; options objects never do. */
export const SA = Symbol.for("retort.sa");

export interface Branded<K extends string> {
  readonly [SA]: K;
}

export function kindOf(x: unknown): string | undefined {
  if ((typeof x === "object" || typeof x === "function") && x !== null && SA in x) {
    return (x as Branded<string>)[SA];
  }
  return undefined;
}

export function isKind<K extends string>(x: unknown, kind: K): x is Branded<K> {
  return kindOf(x) === kind;
}

/** A plain object that is not a schema construct: Python's trailing **kwargs. */
export function isOptions(x: unknown): x is Record<string, unknown> {
  if (typeof x !== "object" || x === null || Array.isArray(x) || SA in x) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** Split `args` into positionals and the trailing options object (if the last one is one). */
export function splitOptions<O extends object>(args: readonly unknown[]): [unknown[], Partial<O>] {
  const last = args[args.length - 1];
  if (args.length > 0 && isOptions(last)) return [args.slice(0, -1), last as Partial<O>];
  return [[...args], {}];
}

/**
 * Bind positionals to names in order, then let the options object add or override
 * (SQLAlchemy accepts `String(50)` and `String(length=50)` alike).
 */
export function bindArgs(names: readonly string[], args: readonly unknown[]): Record<string, unknown> {
  const [pos, opts] = splitOptions<Record<string, unknown>>(args);
  const out: Record<string, unknown> = {};
  names.forEach((n, i) => {
    if (i < pos.length) out[n] = pos[i];
  });
  return { ...out, ...opts };
}

/**
 * A constructor usable with and without `new`, as SQLAlchemy's classes are in Python
 * (`sa.Table(...)` in a migration, `new sa.Table(...)` in a models module).
 */
export interface Constructor<A extends unknown[], T> {
  (...args: A): T;
  new (...args: A): T;
}

export function constructor<A extends unknown[], T>(build: (...args: A) => T, name?: string, spec?: ArgSpec): Constructor<A, T> {
  // A plain function returning an object yields that object under `new` too.
  const f = function (...args: A): T {
    try {
      if (spec !== undefined) checkArgs(name ?? publicName(f) ?? "This constructor", spec, args);
      return build(...args);
    } catch (err) {
      if (err instanceof RetortError) throw err;
      // A JavaScript error in here comes from arguments of a kind the constructor does not take:
      // say so where they entered, never as a TypeError from deep inside.
      const given = args.map(describeValue).join(", ");
      const called = name ?? publicName(f) ?? "This constructor";
      return fail(atCallSite(`${called}(${given}): these are not arguments it takes`), err);
    }
  };
  return f as unknown as Constructor<A, T>;
}

const PUBLIC_NAME = Symbol.for("retort.publicName");

/** Name every function of a public namespace (`sa.Boolean`) for messages, leaving it the same object. */
export function namePublicFunctions(prefix: string, namespace: object): void {
  for (const [key, value] of Object.entries(namespace)) {
    if (typeof value === "function" && !Object.prototype.hasOwnProperty.call(value, PUBLIC_NAME)) {
      Object.defineProperty(value, PUBLIC_NAME, { value: `${prefix}.${key}` });
    }
  }
}

function publicName(f: object): string | undefined {
  return (f as Record<symbol, string | undefined>)[PUBLIC_NAME];
}
