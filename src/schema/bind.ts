/**
 * What `op.getBind()` hands to schema objects that run their own DDL
 * (`await postgresql.ENUM(...).create(op.getBind())`), without the schema layer
 * knowing about runs, sinks or dialects.
 */
import type { DdlElement } from "./ddl-elements.js";

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
