/**
 * Constraint and index names. `op.f("ix_x")` (SQLAlchemy's `conv`) marks a name as already
 * converted, so a naming convention does not rewrite it.
 */
import { SA, isKind, type Branded } from "./item.js";

export interface ConvName extends Branded<"conv"> {
  readonly name: string;
  toString(): string;
}

export type NameLike = string | ConvName;

export function conv(name: string): ConvName {
  return Object.freeze({ [SA]: "conv" as const, name, toString: () => name });
}

export function isConv(x: unknown): x is ConvName {
  return isKind(x, "conv");
}

/** A constraint or index name as ops and constructors take it: a string or `op.f(...)`. */
export function isNameLike(x: unknown): x is NameLike {
  return typeof x === "string" || isConv(x);
}

export function nameText(n: NameLike | null | undefined): string | null {
  if (n === null || n === undefined) return null;
  return typeof n === "string" ? n : n.name;
}
