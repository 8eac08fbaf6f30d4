/** Alembic's autogenerate keywords of `context.configure()`, camelCased, with their defaults. */
import type { Column } from "../schema/column.js";
import type { MetaData } from "../schema/table.js";
import { isKind } from "../schema/item.js";
import { fail } from "../util/errors.js";
import type { ProcessRevisionDirectives } from "./directives.js";

export type ObjectType = "table" | "column" | "index" | "unique_constraint" | "foreign_key_constraint";

/** includeObject(object, name, type, reflected, compareTo) as in Alembic. */
export type IncludeObject = (object: unknown, name: string | null, type: ObjectType, reflected: boolean, compareTo: unknown) => boolean;
/** includeName(name, type, parentNames) as in Alembic. */
export type IncludeName = (name: string | null, type: ObjectType | "schema", parentNames: Readonly<Record<string, string | null>>) => boolean;
export type CompareTypeHook = (context: unknown, inspectedColumn: Column, metadataColumn: Column, inspectedType: unknown, metadataType: unknown) => boolean | null | undefined;
export type CompareDefaultHook = (context: unknown, inspectedColumn: Column, metadataColumn: Column, inspectedDefault: string | null, metadataDefault: unknown, renderedMetadataDefault: string | null) => boolean | null | undefined;
/** renderItem(type, object, autogenContext): the source text to use, or false for the default rendering. */
export type RenderItem = (type: string, object: unknown, autogenContext: unknown) => string | false;

/** renameHints as a function: whether a removed column and an added one of one table are one column renamed. */
export type RenameHint = (tableName: string, removed: Column, added: Column) => boolean;

export interface AutogenOptions {
  readonly targetMetadata: readonly MetaData[];
  readonly compareType: boolean | CompareTypeHook;
  readonly compareServerDefault: boolean | CompareDefaultHook;
  readonly includeSchemas: boolean;
  readonly includeObject: IncludeObject | null;
  readonly includeName: IncludeName | null;
  readonly renderItem: RenderItem | null;
  readonly userModulePrefix: string | null;
  readonly renderAsBatch: boolean;
  readonly processRevisionDirectives: ProcessRevisionDirectives | null;
  /** Retort's own: propose `alterColumn(..., { newColumnName })` for a dropped and an added column of one type (off: drop + add). */
  readonly renameHints: boolean | RenameHint;
  readonly versionTable: string;
  readonly versionTableSchema: string | null;
}

const fnOrNull = <T>(v: unknown, name: string): T | null => {
  if (v === undefined || v === null) return null;
  return typeof v === "function" ? (v as T) : fail(`context.configure(): ${name} must be a function`);
};

/** From configure()'s options: targetMetadata is a MetaData or a list of them, as in Alembic. */
export function autogenOptions(opts: Readonly<Record<string, unknown>>, versionTable: string): AutogenOptions {
  const raw = opts["targetMetadata"];
  const list = raw === undefined || raw === null ? [] : Array.isArray(raw) ? raw : [raw];
  for (const m of list) if (!isKind(m, "metadata")) fail("context.configure(): targetMetadata must be a MetaData (sa.MetaData()) or a list of them");
  const flag = (name: string, dflt: boolean) => {
    const v = opts[name];
    return v === undefined || v === null ? dflt : v;
  };
  return {
    targetMetadata: list as MetaData[],
    // compareType is on by default, as from Alembic 1.12.
    compareType: flag("compareType", true) as boolean | CompareTypeHook,
    compareServerDefault: flag("compareServerDefault", false) as boolean | CompareDefaultHook,
    includeSchemas: opts["includeSchemas"] === true,
    includeObject: fnOrNull(opts["includeObject"], "includeObject"),
    includeName: fnOrNull(opts["includeName"], "includeName"),
    renderItem: fnOrNull(opts["renderItem"], "renderItem"),
    userModulePrefix: typeof opts["userModulePrefix"] === "string" ? opts["userModulePrefix"] : null,
    renderAsBatch: opts["renderAsBatch"] === true,
    processRevisionDirectives: fnOrNull(opts["processRevisionDirectives"], "processRevisionDirectives"),
    renameHints: typeof opts["renameHints"] === "function" ? (opts["renameHints"] as RenameHint) : opts["renameHints"] === true,
    versionTable,
    versionTableSchema: typeof opts["versionTableSchema"] === "string" ? opts["versionTableSchema"] : null,
  };
}
