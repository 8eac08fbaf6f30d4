/**
 * What `op.getBind()` hands to schema objects that run their own DDL
 * (`await postgresql.ENUM(...).create(op.getBind())`), without the schema layer
 * knowing about runs, sinks or dialects.
 */
import type { DdlElement } from "./ddl-elements.js";
import type { ReflectedSchema } from "../dialects/dialect.js";

export const RUN_DDL = Symbol.for("retort.runDdl");

/** One DDL construct to run, and whether to check the catalog first (online only). */
export interface TypeDdl {
  readonly element: DdlElement;
  readonly checkfirst: boolean;
}

export interface DdlBind {
  [RUN_DDL](ddl: TypeDdl): Promise<void>;
}

export interface CheckFirst { checkfirst?: boolean }

/**
 * What a bind offers `sa.inspect(bind)`, `metadata.reflect(bind)` and
 * `sa.Table(name, metadata, { autoloadWith: bind })`: reading the live schema. A migration's
 * bind reads it in turn with the migration's other statements; offline it fails, naming `caller`.
 */
export const REFLECT = Symbol.for("retort.reflect");

export interface Reflector {
  reflect(caller: string, o: { readonly schemas: readonly (string | null)[]; readonly tables?: readonly string[] }): Promise<ReflectedSchema>;
  hasTable(caller: string, name: string, schema: string | null): Promise<boolean>;
  defaultSchemaName(caller: string): Promise<string | null>;
  schemaNames(caller: string): Promise<string[]>;
}

export interface ReflectBind {
  readonly [REFLECT]: Reflector;
}
