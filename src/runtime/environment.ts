import { readFileSync } from "node:fs";
import type { Config } from "../config/config.js";
import { IniFile } from "../config/ini.js";
import { parseUrl } from "../config/url.js";
import type { BoundConnection, Dialect } from "../dialects/dialect.js";
import { checkDialectName, dialectFromTable, type DialectTable } from "../dialects/registry.js";
import type { RevisionMap } from "../script/graph/types.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import type { Script } from "../script/script.js";
import { Ambient } from "../util/ambient.js";
import { fail } from "../util/errors.js";
import { defaultLogger, loggerFromIni, type Level, type Logger } from "./logging.js";
import { MigrationContext, type MigrationsFn } from "./migration-context.js";
import { RunJournal } from "./run-journal.js";
import { offlineSink, onlineSink } from "./sink.js";
import { lockTimeoutMs } from "./lock-timeout.js";

/** What a command hands to the env script it runs (Alembic's EnvironmentContext arguments). */
export interface EnvironmentOptions {
  readonly config: Config;
  readonly script: ScriptDirectory;
  readonly map: RevisionMap<Script> | null;
  /** Every dialect, for configure({ url }) offline; null online, where configure needs a connection. */
  readonly dialects: DialectTable | null;
  readonly fn: MigrationsFn | null;
  readonly asSql: boolean;
  readonly startingRev: string | readonly string[] | null;
  readonly destinationRev: string | readonly string[] | null;
  readonly tag: string | null;
  readonly purge: boolean;
  readonly dontMutate: boolean;
  /** Where offline SQL is written. */
  readonly writeSql: (text: string) => void;
  readonly writeStderr: (text: string) => void;
  readonly writeStdout: (text: string) => void;
  /** Send on the log lines held so far (a transaction ended). */
  readonly flushStderr?: () => void;
  /** From now on, write every log line at once. */
  readonly unbufferStderr?: () => void;
  /** Aborted to stop the run (a signal the CLI caught, or the API caller's own). */
  readonly signal?: AbortSignal | undefined;
  /** The command writes to the version table (upgrade, downgrade, stamp): online, it takes the migration lock. */
  readonly writes?: boolean;
  /** `--resume`: go on with a revision an earlier run left half-applied (where DDL is not transactional). */
  readonly resume?: boolean;
  /** The command is `stamp`, which clears the record of a half-applied revision. */
  readonly stamp?: boolean;
}

/** The options env.ts passes to `context.configure()`, Alembic's keywords in camelCase. */
export interface ConfigureOptions {
  readonly connection?: BoundConnection | null;
  readonly url?: string | null;
  readonly dialectName?: string | null;
  readonly targetMetadata?: unknown;
  readonly literalBinds?: boolean;
  readonly versionTable?: string;
  readonly versionTableSchema?: string | null;
  readonly transactionPerMigration?: boolean;
  readonly transactionalDdl?: boolean | null;
  readonly startingRev?: string | null;
  readonly tag?: string | null;
  // Alembic's other keywords, accepted so env scripts translated from Python type-check; the
  // autogenerate ones take effect with autogenerate.
  readonly dialectOpts?: Readonly<Record<string, unknown>>;
  /** Where offline SQL goes instead of standard output (Alembic's output_buffer): anything with write(text). */
  readonly outputBuffer?: { write(text: string): unknown } | null;
  readonly templateArgs?: Readonly<Record<string, unknown>>;
  readonly renderAsBatch?: boolean;
  readonly includeName?: unknown;
  readonly includeObject?: unknown;
  readonly includeSchemas?: boolean;
  readonly processRevisionDirectives?: unknown;
  readonly compareType?: unknown;
  readonly compareServerDefault?: unknown;
  readonly renderItem?: unknown;
  readonly upgradeToken?: string;
  readonly downgradeToken?: string;
  readonly alembicModulePrefix?: string;
  readonly sqlalchemyModulePrefix?: string;
  readonly userModulePrefix?: string | null;
  readonly onVersionApply?: unknown;
  readonly versionTablePk?: boolean;
}

/** The runtime behind `context.*` for one run of env.ts. */
export class EnvironmentContext {
  private migrationContext: MigrationContext | null = null;
  private readonly connections = new Set<BoundConnection>();
  /** One per configure() that migrates: a multi-database env.ts configures once per database. */
  private readonly journals: RunJournal[] = [];
  private logger: Logger;

  constructor(readonly options: EnvironmentOptions) {
    this.logger = defaultLogger(options.writeStderr);
  }

  get config(): Config {
    return this.options.config;
  }

  get script(): ScriptDirectory {
    return this.options.script;
  }

  log(level: Level, message: string, name = "retort.runtime.migration"): void {
    this.logger.log(name, level, message);
  }

  /** Python's `logging.config.fileConfig(config.config_file_name)`, scoped to this run. */
  applyLoggingConfig(path: string): void {
    const ini = new IniFile({ here: "" });
    ini.read(readFileSync(path, "utf8"), path);
    this.logger = loggerFromIni(ini, { stderr: this.options.writeStderr, stdout: this.options.writeStdout }) ?? this.logger;
  }

  isOfflineMode(): boolean {
    return this.options.asSql;
  }

  configure(opts: ConfigureOptions = {}): void {
    const o = this.options;
    const connection = opts.connection ?? null;
    let dialect: Dialect;
    if (connection !== null) {
      if (o.asSql) fail("'connection' argument to configure() is not supported in offline (--sql) mode");
      dialect = connection.dialect;
    } else if (opts.url || opts.dialectName) {
      const name = opts.url ? parseUrl(opts.url).backend : opts.dialectName!;
      // Online the dialects are not loaded (run-env.ts): only a connection will do, once the
      // name is known to be a dialect's, so the failure is the one a loaded table gives.
      if (o.dialects === null) {
        checkDialectName(name);
        fail("No database connection: online mode needs context.configure({ connection })");
      }
      dialect = dialectFromTable(o.dialects, name);
    } else {
      fail("Connection, url, or dialect_name is required.");
    }
    if (!o.asSql && connection === null) fail("No database connection: online mode needs context.configure({ connection })");
    // Offline follows Alembic's impl flag, so --sql prints what Alembic prints; online, what the database can do.
    const transactionalDdl = opts.transactionalDdl ?? (o.asSql ? dialect.offlineTransactionalDdl : dialect.transactionalDdl);
    const mainOption = (name: string): string | null => o.config.getMainOption(name);
    const writeSql = opts.outputBuffer ? (text: string): void => void opts.outputBuffer!.write(text) : o.writeSql;
    const sink = o.asSql ? offlineSink(writeSql, dialect.terminator) : onlineSink(connection!);
    // Log lines may wait in a buffer only where a timer can write them out while a statement
    // runs: a driver that holds the thread meanwhile (SQLite, PGlite) gets each line at once.
    if (!o.asSql && connection?.waitsOffThread !== true) o.unbufferStderr?.();
    const journal = new RunJournal(connection?.url.toString() ?? opts.url ?? dialect.name, o.asSql);
    this.journals.push(journal);
    this.migrationContext = new MigrationContext({
      dialect,
      connection,
      sink,
      asSql: o.asSql,
      literalBinds: opts.literalBinds ?? false,
      versionTable: opts.versionTable ?? mainOption("version_table") ?? "retort_version",
      versionTableSchema: opts.versionTableSchema ?? mainOption("version_table_schema") ?? null,
      transactionPerMigration: opts.transactionPerMigration ?? false,
      transactionalDdl,
      startingRev: opts.startingRev ?? o.startingRev,
      purge: o.purge,
      dontMutate: o.dontMutate,
      script: o.script,
      map: o.map,
      fn: o.fn,
      log: (level, message) => this.log(level, message),
      opts: { ...opts, tag: opts.tag ?? o.tag, destinationRev: o.destinationRev },
      journal,
      flushLog: () => o.flushStderr?.(),
      signal: o.signal,
      resume: o.resume ?? false,
      stamp: o.stamp ?? false,
      lock: o.writes && !o.asSql ? { timeoutMs: lockTimeoutMs(o.config), onWait: (m) => o.writeStderr(`${m}\n`), signal: o.signal } : undefined,
    });
    this.log("INFO", `Context impl ${dialect.implName}.`);
    if (o.asSql) this.log("INFO", "Generating static SQL");
    this.log("INFO", `Will assume ${transactionalDdl ? "transactional" : "non-transactional"} DDL.`);
  }

  trackConnection(connection: BoundConnection): void {
    this.connections.add(connection);
  }

  /** Ask each open connection's server to stop the statement it runs; nothing waits for them. */
  async cancelStatements(): Promise<void> {
    await Promise.allSettled([...this.connections].map((c) => c.cancel()));
  }

  /**
   * Where an interrupted run left its databases: the one it was migrating in full, and the
   * state of any it migrated before.
   */
  describeInterrupt(reason: string): string {
    const started = this.journals.filter((j) => j.started || j.offline);
    const last = started[started.length - 1];
    if (last === undefined) return `Interrupted (${reason}) before any migration ran; the database is unchanged`;
    const several = new Set(this.journals.map((j) => j.database)).size > 1;
    const others = several ? started.slice(0, -1).filter((j) => !j.offline && j.database !== last.database) : [];
    return [last.describe(reason, several), ...others.map((j) => j.describeState())].join("; ");
  }

  /** Close what env.ts opened and left open (closing twice is harmless). */
  async closeConnections(): Promise<void> {
    const open = [...this.connections];
    this.connections.clear();
    const results = await Promise.allSettled(open.map((c) => c.close()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
  }

  getContext(): MigrationContext {
    return this.migrationContext ?? fail("No context has been configured yet: call context.configure() first");
  }

  getBind(): BoundConnection | null {
    return this.getContext().connection;
  }

  isTransactionalDdl(): boolean {
    return this.getContext().transactionalDdl;
  }

  async runMigrations(kw: Readonly<Record<string, unknown>> = {}): Promise<void> {
    await this.getContext().runMigrations(kw);
  }

  beginTransaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.getContext().beginTransaction(fn);
  }

  async execute(sql: string): Promise<void> {
    await this.getContext().execute(sql);
  }

  staticOutput(text: string): void {
    this.options.writeSql(text + "\n\n");
  }

  getXArgument(): string[];
  getXArgument(options: { asDictionary: true }): Record<string, string>;
  getXArgument(options: { asDictionary?: boolean } = {}): string[] | Record<string, string> {
    if (options.asDictionary) return this.config.xArguments();
    return [...(this.config.cmdOpts.x ?? [])];
  }

  getTagArgument(): string | null {
    return this.options.tag;
  }

  getRevisionArgument(): string | readonly string[] | null {
    return this.options.destinationRev;
  }

  getStartingRevisionArgument(): string | readonly string[] | null {
    if (this.options.startingRev !== null) return this.options.startingRev;
    fail("No starting revision argument is available.");
  }

  getHeadRevision(): string | null {
    const heads = this.options.map?.heads ?? [];
    // Alembic's message (script/base.py get_current_head), naming Retort's method and command.
    if (heads.length > 1) fail("The script directory has multiple heads (due to branching). Please use getHeadRevisions(), or merge the branches using retort merge.");
    return heads[0] ?? null;
  }

  getHeadRevisions(): readonly string[] {
    return this.options.map?.heads ?? [];
  }
}

// Bound per run, not a module variable: several runs may be under way at once.
const active = new Ambient<EnvironmentContext>();

export function withEnvironment<T>(env: EnvironmentContext, fn: () => Promise<T>): Promise<T> {
  return active.run(env, fn);
}

export function currentEnvironment(): EnvironmentContext {
  return active.get() ?? fail("context.* is only available while Retort runs env.ts");
}

export function activeEnvironment(): EnvironmentContext | undefined {
  return active.get();
}
