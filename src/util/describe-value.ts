/** The brand of `sa` constructs (SA in schema/item.ts), read without importing the schema. */
const SA = Symbol.for("retort.sa");

/** A value as a message shows it: short, and never an object's contents or a function's source. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === "object" && SA in value) return `a ${String((value as Record<symbol, unknown>)[SA])}`;
  return typeof value === "object" ? "an object" : typeof value;
}
