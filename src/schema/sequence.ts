/** `sa.Sequence`, `sa.Identity`, `sa.Computed`: column generation as data. */
import { SA, bindArgs, constructor, splitOptions, type Branded } from "./item.js";
import { type SqlExpr } from "./expressions.js";
import { resolveType, type SqlType, type TypeLike } from "./types.js";
import { RUN_DDL, type CheckFirst, type DdlBind } from "./bind.js";
import { ddlElement } from "./ddl-elements.js";

export interface SequenceOptions {
  start?: number | null;
  increment?: number | null;
  minvalue?: number | null;
  maxvalue?: number | null;
  nominvalue?: boolean;
  nomaxvalue?: boolean;
  cycle?: boolean | null;
  schema?: string | null;
  cache?: number | null;
  order?: boolean | null;
  optional?: boolean;
  quote?: boolean;
  metadata?: unknown;
  dataType?: unknown;
  forUpdate?: boolean;
}

export interface IdentityOptionsData {
  readonly start: number | null;
  readonly increment: number | null;
  readonly minvalue: number | null;
  readonly maxvalue: number | null;
  /** SQLAlchemy prints NO MINVALUE whenever this is not None, even False. */
  readonly nominvalue: boolean | null;
  readonly nomaxvalue: boolean | null;
  readonly cycle: boolean | null;
  readonly cache: number | null;
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
}, "sa.Sequence");

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
}, "sa.Identity");

export interface ComputedOptions { persisted?: boolean | null }

export interface Computed extends Branded<"computed"> {
  readonly sqltext: string | SqlExpr;
  readonly persisted: boolean | null;
}

export const Computed = constructor((sqltext: string | SqlExpr, ...rest: (boolean | ComputedOptions)[]): Computed => {
  const [pos, o] = splitOptions<ComputedOptions>(rest);
  const persisted = pos.length > 0 ? (pos[0] as boolean | null) : o.persisted ?? null;
  return Object.freeze({ [SA]: "computed" as const, sqltext, persisted });
}, "sa.Computed");
