import { atCallSite } from "./call-site.js";
import { fail } from "./errors.js";

/** Names that tools probe on any object (promises, JSON, inspectors, test runners): never a call. */
const PROBED = new Set(["then", "toJSON", "constructor", "inspect", "asymmetricMatch", "$$typeof", "nodeType", "prototype", "length", "name"]);

/**
 * `obj` whose unknown methods fail when called with one line naming them (`op.syncEnumValues:
 * no such operation`), instead of JavaScript's "is not a function" about a generated module.
 */
export function withUnknownMembers<T extends object>(label: string, what: string, obj: T): T {
  return new Proxy(obj, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop in target || PROBED.has(prop)) return Reflect.get(target, prop, receiver);
      return () => fail(atCallSite(`${label}.${prop}: no such ${what}`));
    },
  });
}
