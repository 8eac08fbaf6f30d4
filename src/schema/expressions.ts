/**
 * SQL expressions as data: `sa.text`, `sa.func.*`, `sa.literal_column`, `sa.true()`...,
 * and the lightweight `sa.table` / `sa.column` used for data migrations.
 */
import { SA, isKind, isOptions, splitOptions, type Branded } from "./item.js";
import { resolveType, type SqlType, type TypeLike } from "./types.js";
import { fail } from "../util/errors.js";
import { expectArg } from "../util/expect-arg.js";

export interface TextClause extends Branded<"text"> {
  readonly text: string;
  readonly binds: Readonly<Record<string, BindValue>>;
  /** `sa.text("... :s").bindparams({ s: "x" })`, or `bindparams(sa.bindparam("s", "x"))`. */
  bindparams(...values: (Record<string, unknown> | BindParam)[]): TextClause;
  /** Executable.execution_options (its Python name, as the contract keeps method names). */
  readonly executionOptionsGiven: Readonly<Record<string, unknown>>;
  execution_options(o: Record<string, unknown>): TextClause;
  executionOptions(o: Record<string, unknown>): TextClause;
}

export interface BindValue {
  readonly value: unknown;
  readonly type: SqlType | null;
}

export interface BindParam extends Branded<"bindparam"> {
  readonly key: string;
  readonly value: unknown;
  readonly type: SqlType | null;
  /** op.inline_literal(): always rendered inline, online as well. */
  readonly literalExecute: boolean;
}

export interface FuncCall extends Branded<"func"> {
  readonly name: string;
  readonly packages: readonly string[];
  readonly args: readonly SqlExpr[];
}

export interface LiteralColumn extends Branded<"literalColumn"> {
  readonly text: string;
  readonly type: SqlType | null;
}

export interface KeywordExpr extends Branded<"keyword"> {
  readonly word: "true" | "false" | "null";
}

export interface ColumnClause extends Branded<"columnClause"> {
  readonly name: string;
  readonly type: SqlType;
  readonly tableName: string | null;
  /** Comparison helpers standing in for Python operators (`t.c.x == 5`). */
  eq(other: unknown): BinaryExpr;
  ne(other: unknown): BinaryExpr;
  /** Python's `>`, `>=`, `<`, `<=` on a column (JavaScript has no operator overloading). */
  gt(other: unknown): BinaryExpr;
  ge(other: unknown): BinaryExpr;
  lt(other: unknown): BinaryExpr;
  le(other: unknown): BinaryExpr;
}

export interface BinaryExpr extends Branded<"binary"> {
  readonly left: SqlExpr;
  readonly operator: string;
  readonly right: SqlExpr;
}

export interface CastExpr extends Branded<"cast"> {
  readonly expr: SqlExpr;
  readonly type: SqlType;
}

export type SqlExpr =
  | TextClause | BindParam | FuncCall | LiteralColumn | KeywordExpr | ColumnClause | BinaryExpr | CastExpr | InListExpr;

const EXPR_KINDS = new Set(["text", "bindparam", "func", "literalColumn", "keyword", "columnClause", "binary", "cast", "inList"]);

export function isExpr(x: unknown): x is SqlExpr {
  return typeof x === "object" && x !== null && SA in x && EXPR_KINDS.has((x as Branded<string>)[SA]);
}

/**
 * A Python value used where SQLAlchemy expects an expression becomes a bound literal; a
 * `sa.Column` there is a reference to that column, by name (as SQLAlchemy's Column is itself
 * a column expression).
 */
export function coerceExpr(x: unknown, type: SqlType | null = null): SqlExpr {
  if (isExpr(x)) return x;
  if (isKind(x, "column")) {
    const c = x as unknown as { name: string | null; key: string; type: SqlType };
    return column(c.name ?? c.key, c.type);
  }
  return bindparam(null, x, type === null ? {} : { type_: type });
}

/** SQLAlchemy's BIND_PARAMS: `:name`, not preceded by a colon, word character or backslash, nor followed by a colon. */
export const BIND_PARAM_NAMES = /(?<![:\w\\]):(\w+)(?!:)/gu;

export function text(sql: string): TextClause {
  expectArg("sa.text", "text", "a SQL string", typeof sql === "string", sql);
  return makeText(sql, {}, {});
}

function makeText(sql: string, binds: Readonly<Record<string, BindValue>>, options: Readonly<Record<string, unknown>>): TextClause {
  // Kept for the record: Retort's runtime owns transactions, so no option changes what runs.
  const withOptions = (o: Record<string, unknown>) => makeText(sql, binds, Object.freeze({ ...options, ...o }));
  const self: TextClause = Object.freeze({
    [SA]: "text" as const,
    text: sql,
    binds,
    executionOptionsGiven: options,
    execution_options: withOptions,
    executionOptions: withOptions,
    bindparams: (...values: (Record<string, unknown> | BindParam)[]) => {
      const next: Record<string, BindValue> = { ...binds };
      const names = new Set([...sql.matchAll(BIND_PARAM_NAMES)].map((m) => m[1]));
      const check = (k: string) => {
        if (!names.has(k)) fail(`This text() construct doesn't define a bound parameter named '${k}'`);
      };
      for (const v of values) {
        if (isKind(v, "bindparam")) {
          const b = v as BindParam;
          check(b.key);
          next[b.key] = { value: b.value, type: b.type };
        } else {
          for (const [k, value] of Object.entries(v)) {
            check(k);
            next[k] = { value, type: null };
          }
        }
      }
      return makeText(sql, Object.freeze(next), options);
    },
  });
  return self;
}

export interface BindParamOptions {
  type_?: TypeLike | null;
  literalExecute?: boolean;
  value?: unknown;
}

export function bindparam(key: string | null, value?: unknown, options: BindParamOptions | null = {}): BindParam {
  const o = options ?? {};
  return Object.freeze({
    [SA]: "bindparam" as const,
    key: key ?? "param",
    value: value === undefined ? o.value ?? null : value,
    type: o.type_ === undefined || o.type_ === null ? null : resolveType(o.type_),
    literalExecute: o.literalExecute ?? false,
  });
}

export function literal(value: unknown, type_?: TypeLike): BindParam {
  return bindparam(null, value, type_ === undefined ? {} : { type_ });
}

export function literal_column(sqlText: string, type_?: TypeLike): LiteralColumn {
  return Object.freeze({
    [SA]: "literalColumn" as const,
    text: sqlText,
    type: type_ === undefined ? null : resolveType(type_),
  });
}

const keyword = (word: KeywordExpr["word"]) => (): KeywordExpr => Object.freeze({ [SA]: "keyword" as const, word });
export const true_ = keyword("true");
export const false_ = keyword("false");
export const null_ = keyword("null");

export function cast(expr: unknown, type_: TypeLike): CastExpr {
  return Object.freeze({ [SA]: "cast" as const, expr: coerceExpr(expr), type: resolveType(type_) });
}

function binary(left: SqlExpr, operator: string, right: unknown): BinaryExpr {
  return Object.freeze({ [SA]: "binary" as const, left, operator, right: coerceExpr(right) });
}

export function column(name: string, type_?: TypeLike, tableName: string | null = null): ColumnClause {
  const type = resolveType(type_ ?? null);
  // A value compared with an untyped column takes the type of the value (SQLAlchemy's NullType).
  const compared = type.name === "NullType" ? null : type;
  const self: ColumnClause = Object.freeze({
    [SA]: "columnClause" as const,
    name,
    type,
    tableName,
    eq: (other: unknown) => (other === null ? binary(self, "IS", null_()) : binary(self, "=", coerceExpr(other, compared))),
    ne: (other: unknown) => (other === null ? binary(self, "IS NOT", null_()) : binary(self, "!=", coerceExpr(other, compared))),
    gt: (other: unknown) => binary(self, ">", coerceExpr(other, compared)),
    ge: (other: unknown) => binary(self, ">=", coerceExpr(other, compared)),
    lt: (other: unknown) => binary(self, "<", coerceExpr(other, compared)),
    le: (other: unknown) => binary(self, "<=", coerceExpr(other, compared)),
  });
  return self;
}

// --- sa.func -------------------------------------------------------------------

/** `sa.func.now()`, `sa.func.lower("x")`, `sa.func.pg_catalog.now()`. */
export interface FuncFactory {
  (...args: unknown[]): FuncCall;
  readonly [name: string]: FuncFactory;
}

/**
 * Common SQL functions are declared so `sa.func.now()` type-checks under
 * noUncheckedIndexedAccess; any other name works through the index signature.
 */
export type FuncNamespace = {
  readonly [name: string]: FuncFactory;
} & { readonly [K in CommonFunc]: FuncFactory };

type CommonFunc =
  | "now"
  | "lower"
  | "upper"
  | "count"
  | "coalesce"
  | "current_timestamp"
  | "current_date"
  | "current_time"
  | "localtimestamp"
  | "localtime"
  | "current_user"
  | "session_user"
  | "gen_random_uuid"
  | "uuid_generate_v4"
  | "nextval"
  | "setval"
  | "currval"
  | "length"
  | "char_length"
  | "max"
  | "min"
  | "sum"
  | "avg"
  | "concat"
  | "date_trunc"
  | "to_tsvector"
  | "to_tsquery"
  | "timezone"
  | "jsonb_build_object"
  | "json_build_object"
  | "array_agg"
  | "string_agg"
  | "greatest"
  | "least"
  | "abs"
  | "round"
  | "floor"
  | "ceil"
  | "md5"
  | "random"
  | "replace"
  | "substring"
  | "trim"
  | "nullif"
  | "statement_timestamp"
  | "clock_timestamp"
  | "transaction_timestamp"
  | "extract"
  | "cast"
  | "date"
  | "age";

function funcFactory(path: readonly string[]): FuncFactory {
  const call = (...args: unknown[]): FuncCall => {
    // SQLAlchemy's generic functions accept a trailing type_= keyword; it does not print.
    const [pos] = args.length > 0 && isOptions(args[args.length - 1]) ? splitOptions(args) : [args];
    return Object.freeze({
      [SA]: "func" as const,
      name: path[path.length - 1] ?? "",
      packages: Object.freeze(path.slice(0, -1)),
      args: Object.freeze(pos.map((a) => coerceExpr(a))),
    });
  };
  return new Proxy(call, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol") return Reflect.get(target, prop, receiver);
      return funcFactory([...path, prop]);
    },
  }) as unknown as FuncFactory;
}

export const func: FuncNamespace = new Proxy(
  {},
  { get: (_t, prop) => (typeof prop === "string" ? funcFactory([prop]) : undefined) },
) as FuncNamespace;

/** `col IN (a, b)`: the CHECK that Boolean / non-native Enum types add. */
export interface InListExpr extends Branded<"inList"> {
  readonly column: string;
  readonly values: readonly SqlExpr[];
}

export function inList(columnName: string, values: readonly unknown[], type: SqlType | null): InListExpr {
  return Object.freeze({ [SA]: "inList" as const, column: columnName, values: values.map((v) => coerceExpr(v, type)) });
}
