import { closeSync, openSync, writeSync } from "node:fs";
import type { Config } from "../config/config.js";
import type { BoundConnection } from "../dialects/dialect.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { activeEnvironment, currentEnvironment, type ConfigureOptions } from "./environment.js";
import type { MigrationContext } from "./migration-context.js";
import type { Level } from "./logging.js";

/**
 * `context`, as env.ts imports it from "retort-migrate": Alembic's `alembic.context`, bound to the
 * command that is running env.ts.
 */
export const context = {
  get config(): Config {
    return currentEnvironment().config;
  },
  get script(): ScriptDirectory {
    return currentEnvironment().script;
  },
  configure: (options: ConfigureOptions = {}): void => currentEnvironment().configure(options),
  runMigrations: (kw: Readonly<Record<string, unknown>> = {}): Promise<void> => currentEnvironment().runMigrations(kw),
  beginTransaction: <T>(fn: () => Promise<T>): Promise<T> => currentEnvironment().beginTransaction(fn),
  isOfflineMode: (): boolean => currentEnvironment().isOfflineMode(),
  isTransactionalDdl: (): boolean => currentEnvironment().isTransactionalDdl(),
  getContext: (): MigrationContext => currentEnvironment().getContext(),
  getBind: (): BoundConnection | null => currentEnvironment().getBind(),
  execute: (sql: string): Promise<void> => currentEnvironment().execute(sql),
  staticOutput: (text: string): void => currentEnvironment().staticOutput(text),
  getXArgument: ((options?: { asDictionary?: boolean }) =>
    options?.asDictionary ? currentEnvironment().getXArgument({ asDictionary: true }) : currentEnvironment().getXArgument()) as {
    (): string[];
    (options: { asDictionary: true }): Record<string, string>;
  },
  getTagArgument: (): string | null => currentEnvironment().getTagArgument(),
  getRevisionArgument: () => currentEnvironment().getRevisionArgument(),
  getStartingRevisionArgument: () => currentEnvironment().getStartingRevisionArgument(),
  getHeadRevision: (): string | null => currentEnvironment().getHeadRevision(),
  getHeadRevisions: (): readonly string[] => currentEnvironment().getHeadRevisions(),
};

/**
 * Python's `logging.config.fileConfig`: the ini's `[loggers]`, `[handlers]` and `[formatters]`
 * decide what the run logs to standard error. Outside a run it does nothing.
 */
export function fileConfig(path: string): void {
  activeEnvironment()?.applyLoggingConfig(path);
}

/** A named logger for env.ts, as Python's `logging.getLogger(name)`; the ini's logging sections decide what shows. */
export interface EnvLogger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
}

/** Python's `logging.getLogger`: lines go through the running command's logging (nothing outside a run). */
export function getLogger(name: string): EnvLogger {
  const at = (level: Level) => (message: string): void => activeEnvironment()?.log(level, message, name);
  return { debug: at("DEBUG"), info: at("INFO"), warning: at("WARNING"), error: at("ERROR") };
}

/** A file open for writing, as env.ts's `outputBuffer` (Python's `open(name, "w")`). */
export interface OutputFile {
  write(text: string): void;
  close(): void;
}

/** Opens (and empties) `path` for offline SQL, so env.ts needs no Node typings of its own. */
export function outputFile(path: string): OutputFile {
  const fd = openSync(path, "w");
  return { write: (text) => void writeSync(fd, text), close: () => closeSync(fd) };
}
