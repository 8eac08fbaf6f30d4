/**
 * One table as SQLAlchemy 1.4's Inspector describes it: the dicts of get_columns,
 * get_pk_constraint, get_foreign_keys, get_indexes, get_unique_constraints and
 * get_check_constraints, with SQLAlchemy's keys verbatim (they are data, as the contract's rule
 * keeps dict keys), types as Retort types. A dialect reads these from its catalog in a fixed
 * number of queries; `sa.inspect(bind)` hands them out and `tableFromInspected` builds the
 * sa.Table that MetaData.reflect() would.
 */
import type { SqlType } from "../schema/types.js";

export interface InspectedColumn {
  readonly name: string;
  readonly type: SqlType;
  readonly nullable: boolean;
  /** The server default as the database reports it (SQL text), or null. */
  readonly default: string | null;
  /** As the dialect reports it: "auto" on every column for some, true/false on integer columns only for others. */
  readonly autoincrement?: boolean | "auto";
  readonly comment?: string | null;
  readonly computed?: { readonly sqltext: string; readonly persisted: boolean };
  /** Where the dialect reports it: the column's position in the primary key (0 when not in it). */
  readonly primary_key?: number;
  /** An identity column's options (PostgreSQL). A bound beyond 2^53 is kept as its exact text. */
  readonly identity?: InspectedIdentity;
}

export interface InspectedIdentity {
  readonly always: boolean;
  readonly start: number | string;
  readonly increment: number | string;
  readonly minvalue: number | string;
  readonly maxvalue: number | string;
  readonly cache: number | string;
  readonly cycle: boolean;
}

export interface InspectedPrimaryKey {
  readonly constrained_columns: readonly string[];
  readonly name: string | null;
}

export interface InspectedForeignKey {
  readonly name: string | null;
  readonly constrained_columns: readonly string[];
  readonly referred_schema: string | null;
  readonly referred_table: string;
  readonly referred_columns: readonly string[];
  readonly options: Readonly<Record<string, string | boolean>>;
}

export interface InspectedIndex {
  readonly name: string;
  readonly column_names: readonly string[];
  /** 0/1 or false/true, as the dialect reports it. */
  readonly unique: boolean | number;
  /** Where the dialect reports a kind of index: "UNIQUE", "FULLTEXT", ... */
  readonly type?: string;
  readonly dialect_options?: Readonly<Record<string, unknown>>;
  /** PostgreSQL's INCLUDE columns (SQLAlchemy 1.4 keeps this legacy key beside dialect_options). */
  readonly include_columns?: readonly string[];
  /** PostgreSQL: the unique constraint this index backs (its own name). */
  readonly duplicates_constraint?: string;
  /** PostgreSQL: by column, the sort words that differ from the default ("desc", "nulls_last", "nulls_first"). */
  readonly column_sorting?: Readonly<Record<string, readonly string[]>>;
}

export interface InspectedUnique {
  readonly name: string | null;
  readonly column_names: readonly string[];
  /** Where a unique constraint is a unique index: that index. */
  readonly duplicates_index?: string;
}

export interface InspectedCheck {
  readonly name: string | null;
  readonly sqltext: string;
  /** PostgreSQL: `{ not_valid: true }` for a CHECK added NOT VALID. */
  readonly dialect_options?: Readonly<Record<string, unknown>>;
}

/** Beyond SQLAlchemy's dicts: what a dialect keeps so that a table copied from them loses nothing. */
export interface InspectedExtras {
  /** Table keyword options for sa.Table, camelCased with the dialect's prefix. */
  readonly tableKwargs?: Readonly<Record<string, unknown>>;
  /** Index keyword options by index name (a prefix length, say). */
  readonly indexKwargs?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /**
   * Foreign key options by position in foreign_keys, for keys whose options SQLAlchemy could not
   * read from the table's text but the catalog knows; null where there are none.
   */
  readonly foreignKeyOptions?: readonly (Readonly<Record<string, string>> | null)[];
}

export interface InspectedTable {
  readonly name: string;
  readonly schema: string | null;
  readonly columns: readonly InspectedColumn[];
  readonly pk_constraint: InspectedPrimaryKey;
  readonly foreign_keys: readonly InspectedForeignKey[];
  readonly indexes: readonly InspectedIndex[];
  readonly unique_constraints: readonly InspectedUnique[];
  readonly check_constraints: readonly InspectedCheck[];
  /** get_table_comment()["text"]. */
  readonly comment: string | null;
  /** get_table_options(). */
  readonly options: Readonly<Record<string, unknown>>;
  readonly extras: InspectedExtras;
}
