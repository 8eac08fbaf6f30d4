// The public surface of retort-migrate.
export { RetortError } from "./util/errors.js";
export { Config, type ConfigOptions, type CmdOpts } from "./config/config.js";
export * as command from "./commands/command.js";
export { context, fileConfig } from "./runtime/context.js";
export { engineFromConfig, createEngine, Engine } from "./runtime/engine.js";
export type { MigrationContext } from "./runtime/migration-context.js";
export type { BoundConnection, QueryResult } from "./dialects/dialect.js";
export { op } from "./operations/public.js";
export * as sa from "./schema/public.js";
export * as postgresql from "./schema/postgresql-types.js";

import * as saNamespace from "./schema/public.js";
import * as postgresqlNamespace from "./schema/postgresql-types.js";
import { namePublicFunctions } from "./schema/item.js";

namePublicFunctions("sa", saNamespace);
namePublicFunctions("postgresql", postgresqlNamespace);
