// The public surface of retort-migrate.
export { RetortError } from "./util/errors.js";
export { InterruptedError } from "./util/interrupt.js";
export { Config, type ConfigOptions, type CmdOpts } from "./config/config.js";
export * as command from "./commands/command.js";
export { context, fileConfig, getLogger, outputFile, type EnvLogger, type OutputFile } from "./runtime/context.js";
export { engineFromConfig, createEngine, Engine } from "./runtime/engine.js";
export type { MigrationContext } from "./runtime/migration-context.js";
export type { BoundConnection, QueryResult } from "./dialects/dialect.js";
export type { Inspector } from "./reflection/inspector.js";
export type { InspectedColumn, InspectedForeignKey, InspectedIndex, InspectedPrimaryKey, InspectedUnique, InspectedCheck } from "./reflection/inspected.js";
export { op } from "./operations/public.js";
export { compareMetadata, produceMigrations } from "./autogenerate/public.js";
export * as sa from "./schema/public.js";
export * as postgresql from "./dialects/postgresql/namespace.js";
export * as sqlite from "./dialects/sqlite/namespace.js";
export * as mysql from "./dialects/mysql/namespace.js";

import * as saNamespace from "./schema/public.js";
import * as postgresqlNamespace from "./dialects/postgresql/namespace.js";
import * as sqliteNamespace from "./dialects/sqlite/namespace.js";
import * as mysqlNamespace from "./dialects/mysql/namespace.js";
import { namePublicFunctions } from "./schema/item.js";

namePublicFunctions("sa", saNamespace);
namePublicFunctions("postgresql", postgresqlNamespace);
namePublicFunctions("sqlite", sqliteNamespace);
namePublicFunctions("mysql", mysqlNamespace);
