/**
 * What `op.getBind()` hands to schema objects that run their own DDL
 * (`await postgresql.ENUM(...).create(op.getBind())`), without the schema layer
 * knowing about runs, sinks or dialects.
 */
import type { SqlType } from "./types.js";

export const RUN_DDL = Symbol.for("retort.runDdl");

export interface TypeDdl {
  readonly kind: "createEnum" | "dropEnum";
  readonly type: SqlType;
  readonly checkfirst: boolean;
}

export interface DdlBind {
  [RUN_DDL](ddl: TypeDdl): Promise<void>;
}

export interface CheckFirst { checkfirst?: boolean }
