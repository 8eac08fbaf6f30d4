/** `sa.Sequence`, `sa.Identity`, `sa.Computed`: column generation as data. */
import { SA, bindArgs, constructor, splitOptions, type Branded } from "./item.js";
import { isExpr, type SqlExpr } from "./expressions.js";
import { resolveType, type SqlType, type TypeLike } from "./types.js";
import { RUN_DDL, type CheckFirst, type DdlBind } from "./bind.js";
import { ddlElement } from "./ddl-elements.js";
import { check, is } from "./arg-spec.js";

/** A sequence bound: beyond 2^53 it needs a bigint or a digit string to stay exact. */
export type SequenceNumber = number | bigint | string;

export interface SequenceOptions {
  start?: SequenceNumber | null;
  increment?: SequenceNumber | null;
  minvalue?: SequenceNumber | null;
  maxvalue?: SequenceNumber | null;
  nominvalue?: boolean;
  nomaxvalue?: boolean;
  cycle?: boolean | null;
  schema?: string | null;
  cache?: SequenceNumber | null;
  order?: boolean | null;
  optional?: boolean;
  quote?: boolean;
  metadata?: unknown;
  dataType?: unknown;
  forUpdate?: boolean;
}

export interface IdentityOptionsData {
  readonly start: SequenceNumber | null;
  readonly increment: SequenceNumber | null;
  readonly minvalue: SequenceNumber | null;
  readonly maxvalue: SequenceNumber | null;
  /** SQLAlchemy prints NO MINVALUE whenever this is not None, even False. */
  readonly nominvalue: boolean | null;
  readonly nomaxvalue: boolean | null;
  readonly cycle: boolean | null;
  readonly cache: SequenceNumber | null;
  readonly order: boolean | null;
}

export interface Sequence extends Branded<"sequence">, IdentityOptionsData {
  readonly name: string;
  readonly schema: string | null;
  readonly optional: boolean;
  readonly dataType: SqlType | null;
  create(bind: DdlBind, o?: CheckFirst): Promise<void>;
  drop(bind: DdlBind, o?: CheckFirst): Promise<void>;
}

function identityOptions(o: SequenceOptions): IdentityOptionsData {
  return {
    start: o.start ?? null,
    increment: o.increment ?? null,
    minvalue: o.minvalue ?? null,
    maxvalue: o.maxvalue ?? null,
    nominvalue: o.nominvalue ?? null,
    nomaxvalue: o.nomaxvalue ?? null,
    cycle: o.cycle ?? null,
    cache: o.cache ?? null,
    order: o.order ?? null,
  };
}

/** The options a sequence and an identity column share. */
const IDENTITY_CHECKS = {
  minvalue: is.bigIntOrNull,
  maxvalue: is.bigIntOrNull,
  nominvalue: is.boolOrNull,
  nomaxvalue: is.boolOrNull,
  cycle: is.boolOrNull,
  cache: is.bigIntOrNull,
  order: is.boolOrNull,
  start: is.bigIntOrNull,
  increment: is.bigIntOrNull,
};

export const Sequence = constructor((name: string, ...rest: (number | SequenceOptions)[]): Sequence => {
  const a = bindArgs(["start", "increment"], rest) as SequenceOptions;
  const seq: Sequence = Object.freeze({
    [SA]: "sequence" as const,
    name,
    schema: a.schema ?? null,
    optional: a.optional ?? false,
    dataType: a.dataType === undefined || a.dataType === null ? null : resolveType(a.dataType as TypeLike),
    ...identityOptions(a),
    create: (bind: DdlBind, co: CheckFirst = {}) =>
      bind[RUN_DDL]({ element: ddlElement("CreateSequence", { sequence: seq }), checkfirst: co.checkfirst ?? true }),
    drop: (bind: DdlBind, co: CheckFirst = {}) =>
      bind[RUN_DDL]({ element: ddlElement("DropSequence", { sequence: seq }), checkfirst: co.checkfirst ?? true }),
  });
  return seq;
}, "sa.Sequence", {
  positional: ["name", "start", "increment"],
  checks: { ...IDENTITY_CHECKS, name: is.string, schema: is.stringOrNull, optional: is.bool },
});

export interface IdentityOptions extends Omit<SequenceOptions, "schema" | "optional" | "metadata" | "quote" | "dataType" | "forUpdate"> {
  always?: boolean;
  onNull?: boolean | null;
}

export interface Identity extends Branded<"identity">, IdentityOptionsData {
  readonly always: boolean;
  readonly onNull: boolean | null;
}

export const Identity = constructor((...args: (boolean | IdentityOptions)[]): Identity => {
  const a = bindArgs(["always", "onNull"], args) as IdentityOptions;
  return Object.freeze({
    [SA]: "identity" as const,
    always: a.always ?? false,
    onNull: a.onNull ?? null,
    ...identityOptions(a),
  });
}, "sa.Identity", { positional: ["always", "onNull"], checks: { ...IDENTITY_CHECKS, always: is.bool, onNull: is.boolOrNull } });

export interface ComputedOptions { persisted?: boolean | null }

export interface Computed extends Branded<"computed"> {
  readonly sqltext: string | SqlExpr;
  readonly persisted: boolean | null;
}

export const Computed = constructor((sqltext: string | SqlExpr, ...rest: (boolean | ComputedOptions)[]): Computed => {
  const [pos, o] = splitOptions<ComputedOptions>(rest);
  const persisted = pos.length > 0 ? (pos[0] as boolean | null) : o.persisted ?? null;
  return Object.freeze({ [SA]: "computed" as const, sqltext, persisted });
}, "sa.Computed", {
  positional: ["sqltext", "persisted"],
  checks: { sqltext: check("a SQL expression or a string", (v) => typeof v === "string" || isExpr(v)), persisted: is.boolOrNull },
});
