/**
 * SQL expressions as data: `sa.text`, `sa.func.*`, `sa.literal_column`, `sa.true()`...,
 * and the lightweight `sa.table` / `sa.column` used for data migrations.
 */
import { SA, isKind, isOptions, splitOptions, type Branded } from "./item.js";
import { isTypeLike, resolveType, type SqlType, type TypeLike } from "./types.js";
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

/**
 * SQLAlchemy's ColumnOperators under their Python names (`in_`, `notin_`, `like`...), with
 * methods standing in for Python's operators (`t.c.x == 5` is `t.c.x.eq(5)`).
 */
export interface ColumnOperators {
  eq(other: unknown): SqlExpr;
  ne(other: unknown): SqlExpr;
  /** Python's `>`, `>=`, `<`, `<=` on a column (JavaScript has no operator overloading). */
  gt(other: unknown): SqlExpr;
  ge(other: unknown): SqlExpr;
  lt(other: unknown): SqlExpr;
  le(other: unknown): SqlExpr;
  /** ColumnOperators.is_ / is_not (`deleted IS NULL`), under their Python names and in camelCase. */
  is_(other: unknown): SqlExpr;
  is_not(other: unknown): SqlExpr;
  isNot(other: unknown): SqlExpr;
  isnot(other: unknown): SqlExpr;
  /** `col IN (1, 2)` or `col IN (SELECT ...)`. */
  in_(values: readonly unknown[] | SubqueryLike): SqlExpr;
  not_in(values: readonly unknown[] | SubqueryLike): SqlExpr;
  notin_(values: readonly unknown[] | SubqueryLike): SqlExpr;
  like(pattern: unknown): SqlExpr;
  not_like(pattern: unknown): SqlExpr;
  notlike(pattern: unknown): SqlExpr;
  between(lower: unknown, upper: unknown): SqlExpr;
  desc(): SqlExpr;
  asc(): SqlExpr;
  label(name: string): SqlExpr;
}

export interface ColumnClause extends Branded<"columnClause">, ColumnOperators {
  readonly name: string;
  readonly type: SqlType;
  readonly tableName: string | null;
}

/** A SELECT used as a value (`col.in_(sa.select(...))`): anything the compiler renders as a statement. */
export interface SubqueryLike {
  readonly [SA]: "select";
}

/** `a AND b`, `a OR b` (sa.and_ / sa.or_). */
export interface BooleanClauseList extends Branded<"booleanList"> {
  readonly operator: "AND" | "OR";
  readonly clauses: readonly SqlExpr[];
}

/** `NOT x`, `x DESC`, `x ASC`. */
export interface UnaryExpr extends Branded<"unary"> {
  readonly operator: "NOT" | null;
  readonly modifier: "DESC" | "ASC" | null;
  readonly element: SqlExpr;
}

/** `x [NOT] IN (...)`: a list of values or a SELECT. */
export interface InExpr extends Branded<"in"> {
  readonly left: SqlExpr;
  readonly negate: boolean;
  readonly values: readonly SqlExpr[] | null;
  readonly select: SubqueryLike | null;
}

/** `x [NOT] BETWEEN a AND b`. */
export interface BetweenExpr extends Branded<"between"> {
  readonly expr: SqlExpr;
  readonly lower: SqlExpr;
  readonly upper: SqlExpr;
  readonly negate: boolean;
}

/** `x AS name`. */
export interface LabelExpr extends Branded<"label"> {
  readonly name: string;
  readonly element: SqlExpr;
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
  | TextClause | BindParam | FuncCall | LiteralColumn | KeywordExpr | ColumnClause | BinaryExpr | CastExpr | InListExpr
  | BooleanClauseList | UnaryExpr | InExpr | BetweenExpr | LabelExpr;

const EXPR_KINDS = new Set([
  "text", "bindparam", "func", "literalColumn", "keyword", "columnClause", "binary", "cast", "inList",
  "booleanList", "unary", "in", "between", "label",
]);

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
    const c = x as unknown as { name: string | null; key: string; type: SqlType; tableName: string | null };
    return column(c.name ?? c.key, c.type, c.tableName);
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
        expectArg("bindparams", "each value", "sa.bindparam(...) or an object of values by name", isKind(v, "bindparam") || isOptions(v), v);
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
  expectArg("sa.literal_column", "text", "a SQL string", typeof sqlText === "string", sqlText);
  expectArg("sa.literal_column", "type_", "a column type", type_ === undefined || isTypeLike(type_), type_);
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

/** What SQL can hold as an expression or a bound value: not a function, nor nothing at all. */
const isValueLike = (v: unknown): boolean => v !== undefined && typeof v !== "function" && typeof v !== "symbol";

export function cast(expr: unknown, type_: TypeLike): CastExpr {
  expectArg("sa.cast", "expression", "a SQL expression or a value", isValueLike(expr), expr);
  expectArg("sa.cast", "type_", "a column type", isTypeLike(type_), type_);
  return Object.freeze({ [SA]: "cast" as const, expr: coerceExpr(expr), type: resolveType(type_) });
}

function binary(left: SqlExpr, operator: string, right: unknown): BinaryExpr {
  return Object.freeze({ [SA]: "binary" as const, left, operator, right: coerceExpr(right) });
}

/** SQLAlchemy compares with None and with null() alike as IS [NOT] NULL. */
const isNull = (x: unknown): boolean => x === null || (isKind(x, "keyword") && (x as KeywordExpr).word === "null");

export function column(name: string, type_?: TypeLike, tableName: string | null = null): ColumnClause {
  expectArg("sa.column", "text", "a column name (a string)", typeof name === "string", name);
  expectArg("sa.column", "type_", "a column type", type_ === undefined || type_ === null || isTypeLike(type_), type_);
  const type = resolveType(type_ ?? null);
  const self: ColumnClause = Object.freeze({
    [SA]: "columnClause" as const,
    name,
    type,
    tableName,
    // A value compared with an untyped column takes the type of the value (SQLAlchemy's NullType).
    ...columnOperators(() => self, type.name === "NullType" ? null : type),
  });
  return self;
}

/** The operators of a column expression `self`, whose type `compared` values are rendered with. */
export function columnOperators(self: () => SqlExpr, compared: SqlType | null): ColumnOperators {
  const value = (other: unknown): SqlExpr => coerceExpr(other, compared);
  const is = (operator: string) => (other: unknown) => binary(self(), operator, other === null ? null_() : value(other));
  const within = (negate: boolean, name: string) => (values: readonly unknown[] | SubqueryLike): InExpr => {
    const isSelect = isKind(values, "select");
    expectArg(name, "other", "a list of values or a sa.select(...)", Array.isArray(values) || isSelect, values);
    return Object.freeze({
      [SA]: "in" as const, left: self(), negate,
      values: isSelect ? null : (values as readonly unknown[]).map(value),
      select: isSelect ? (values as SubqueryLike) : null,
    });
  };
  const ordered = (modifier: "DESC" | "ASC") => (): UnaryExpr => Object.freeze({ [SA]: "unary" as const, operator: null, modifier, element: self() });
  return {
    eq: (other) => (isNull(other) ? binary(self(), "IS", null_()) : binary(self(), "=", value(other))),
    ne: (other) => (isNull(other) ? binary(self(), "IS NOT", null_()) : binary(self(), "!=", value(other))),
    gt: (other) => binary(self(), ">", value(other)),
    ge: (other) => binary(self(), ">=", value(other)),
    lt: (other) => binary(self(), "<", value(other)),
    le: (other) => binary(self(), "<=", value(other)),
    is_: is("IS"),
    is_not: is("IS NOT"),
    isNot: is("IS NOT"),
    isnot: is("IS NOT"),
    in_: within(false, "in_"),
    not_in: within(true, "not_in"),
    notin_: within(true, "notin_"),
    like: (pattern) => binary(self(), "LIKE", value(pattern)),
    not_like: (pattern) => binary(self(), "NOT LIKE", value(pattern)),
    notlike: (pattern) => binary(self(), "NOT LIKE", value(pattern)),
    between: (lower, upper) => Object.freeze({ [SA]: "between" as const, expr: self(), lower: value(lower), upper: value(upper), negate: false }),
    desc: ordered("DESC"),
    asc: ordered("ASC"),
    label: (name) => {
      expectArg("label", "name", "a label (a string)", typeof name === "string", name);
      return Object.freeze({ [SA]: "label" as const, name, element: self() });
    },
  };
}

// --- sa.and_, sa.or_, sa.not_ ----------------------------------------------------

function booleanList(operator: "AND" | "OR", name: string, clauses: readonly unknown[]): BooleanClauseList {
  clauses.forEach((c, i) => expectArg(name, `clause ${i + 1}`, "a SQL expression (t.c.x.eq(1), sa.text(...)) or true/false", isExpr(c) || typeof c === "boolean", c));
  const exprs = clauses.map((c) => (typeof c === "boolean" ? (c ? true_() : false_()) : (c as SqlExpr)));
  return Object.freeze({ [SA]: "booleanList" as const, operator, clauses: Object.freeze(exprs) });
}

/** `sa.and_(a, b, ...)`. */
export const and_ = (...clauses: unknown[]): BooleanClauseList => booleanList("AND", "sa.and_", clauses);
/** `sa.or_(a, b, ...)`. */
export const or_ = (...clauses: unknown[]): BooleanClauseList => booleanList("OR", "sa.or_", clauses);

/** The operator a comparison turns into under NOT (SQLAlchemy's negation table). */
const NEGATED: Readonly<Record<string, string>> = {
  "=": "!=", "!=": "=", "<": ">=", ">=": "<", ">": "<=", "<=": ">", IS: "IS NOT", "IS NOT": "IS", LIKE: "NOT LIKE", "NOT LIKE": "LIKE",
};

/** `sa.not_(x)` (Python's `~x`): a comparison flips its operator; anything else is `NOT x`. */
export function not_(clause: unknown): SqlExpr {
  expectArg("sa.not_", "clause", "a SQL expression", isExpr(clause) || typeof clause === "boolean", clause);
  if (typeof clause === "boolean") return clause ? false_() : true_();
  const e = clause as SqlExpr;
  if (isKind(e, "binary") && NEGATED[(e as BinaryExpr).operator] !== undefined) {
    const b = e as BinaryExpr;
    return Object.freeze({ ...b, operator: NEGATED[b.operator]! });
  }
  if (isKind(e, "in")) return Object.freeze({ ...(e as InExpr), negate: !(e as InExpr).negate });
  if (isKind(e, "between")) return Object.freeze({ ...(e as BetweenExpr), negate: !(e as BetweenExpr).negate });
  if (isKind(e, "keyword") && (e as KeywordExpr).word !== "null") return (e as KeywordExpr).word === "true" ? false_() : true_();
  return Object.freeze({ [SA]: "unary" as const, operator: "NOT" as const, modifier: null, element: e });
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
    pos.forEach((a, i) => expectArg(`sa.func.${path.join(".")}`, `argument ${i + 1}`, "a SQL expression or a value", isValueLike(a), a));
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
