import { atCallSite } from "./call-site.js";
import { describeValue } from "./describe-value.js";
import { fail } from "./errors.js";

/**
 * Check one argument where it enters a public function: when `ok` is false, fail with one line
 * that names the function, the argument, what it must be, what it got, and the user's line.
 */
export function expectArg(fn: string, arg: string, what: string, ok: boolean, value: unknown): void {
  if (!ok) fail(atCallSite(`${fn}: ${arg} must be ${what}, got ${describeValue(value)}`));
}
