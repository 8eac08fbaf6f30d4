/** What every comparator reads: the dialect, the options and where log lines go (Alembic's AutogenContext). */
import type { DdlCompiler } from "../../dialects/base/compiler.js";
import type { Dialect } from "../../dialects/dialect.js";
import type { AutogenOptions, ObjectType } from "../options.js";

export interface AutogenContext {
  readonly dialect: Dialect;
  readonly compiler: DdlCompiler;
  readonly options: AutogenOptions;
  /** `INFO  [retort.autogenerate.compare] Detected ...` */
  readonly info: (message: string) => void;
}

/** includeObject, as Alembic's run_object_filters. */
export function includeObject(ctx: AutogenContext, object: unknown, name: string | null, type: ObjectType, reflected: boolean, compareTo: unknown): boolean {
  const f = ctx.options.includeObject;
  return f === null || f(object, name, type, reflected, compareTo) !== false;
}

/** includeName, as Alembic's run_name_filters (for reflected objects only). */
export function includeName(ctx: AutogenContext, name: string | null, type: ObjectType | "schema", parents: Readonly<Record<string, string | null>>): boolean {
  const f = ctx.options.includeName;
  return f === null || f(name, type, parents) !== false;
}
