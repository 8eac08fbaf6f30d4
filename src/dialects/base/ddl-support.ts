/**
 * What a dialect plugs in for DDL: its impl table (op -> statements), its compiler
 * (statement -> SQL text), and the quoting/literal helpers the runtime uses for the version table.
 */
import type { Connection } from "../dialect.js";
import type { Handlers } from "../../operations/handlers.js";
import type { SqlType } from "../../schema/types.js";
import type { Table } from "../../schema/table.js";
import type { DdlCompiler } from "./compiler.js";
import type { ImplContext } from "./impl.js";
import type { Statement } from "./statements.js";

export interface DdlFeatures {
  /** The name with_variant() keys types by ("postgresql"). */
  readonly dialectName: string;
  readonly supportsNativeBoolean: boolean;
  readonly supportsNativeEnum: boolean;
  /** Comments as separate COMMENT ON statements after CREATE TABLE / ADD COLUMN. */
  readonly separateComments: boolean;
}

export interface DdlSupport {
  readonly impl: Handlers<Statement[], ImplContext>;
  readonly features: DdlFeatures;
  /** A compiler for one run; offline compilers render as SQLAlchemy does without a server. */
  compiler(o: { readonly offline: boolean }): DdlCompiler;
  quoteIdentifier(name: string): string;
  /** A value as an SQL literal, its type inferred (strings quoted, numbers bare, null as NULL). */
  renderLiteral(value: unknown): string;
  /** For `.create(bind, { checkfirst: true })` online. */
  typeExists?(conn: Connection, type: SqlType): Promise<boolean>;
  /** One table read from the database, for batch move-and-copy without copyFrom (Alembic reflects it). */
  reflectTable?(conn: Connection, name: string, schema: string | null, o: { readonly namingConvention: Readonly<Record<string, string>> | null; readonly reflectArgs?: readonly unknown[] }): Promise<Table>;
}
