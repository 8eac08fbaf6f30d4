import type { BoundConnection, Dialect } from "../dialects/dialect.js";
import { currentRun, withMigration, type MigrationRun, type MigrationRunHooks } from "../operations/op-context.js";
import { runAutocommitBlock } from "../operations/op.js";
import type { RevisionMap } from "../script/graph/types.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import type { Script } from "../script/script.js";
import { RetortError, fail, messageOf } from "../util/errors.js";
import { updateToStep, type VersionAction } from "./head-maintainer.js";
import type { Level } from "./logging.js";
import type { Sink } from "./sink.js";
import { offlineStartingHeads, type MigrationStep } from "./steps.js";
import { TaskQueue } from "./task-queue.js";
import { VersionTable } from "./version-table.js";

/** Plans the steps of a run from the current heads (Alembic's `fn` passed to EnvironmentContext). */
export type MigrationsFn = (heads: readonly string[], context: MigrationContext) => Promise<readonly MigrationStep<Script>[]>;

export interface MigrationContextOptions {
  readonly dialect: Dialect;
  /** Online: the connection. Offline: null, and `sink` prints. */
  readonly connection: BoundConnection | null;
  readonly sink: Sink;
  readonly asSql: boolean;
  readonly literalBinds: boolean;
  readonly versionTable: string;
  readonly versionTableSchema: string | null;
  readonly transactionPerMigration: boolean;
  readonly transactionalDdl: boolean;
  /** Offline ranges (`A:B --sql`): the revision(s) the database is taken to be at. */
  readonly startingRev: string | readonly string[] | null;
  readonly purge: boolean;
  readonly dontMutate: boolean;
  readonly script: ScriptDirectory | null;
  readonly map: RevisionMap<Script> | null;
  readonly fn: MigrationsFn | null;
  readonly log: (level: Level, message: string) => void;
  readonly opts: Readonly<Record<string, unknown>>;
}

/**
 * Runs planned steps against one database (Alembic's MigrationContext). It owns the
 * transactions and the version table; operations never commit.
 */
export class MigrationContext {
  readonly dialect: Dialect;
  readonly connection: BoundConnection | null;
  readonly asSql: boolean;
  readonly opts: Readonly<Record<string, unknown>>;
  private readonly version: VersionTable;
  private inTransaction = false;
  private inAutocommit = false;

  constructor(private readonly o: MigrationContextOptions) {
    this.dialect = o.dialect;
    this.connection = o.connection;
    this.asSql = o.asSql;
    this.opts = o.opts;
    this.version = new VersionTable(o.dialect, o.versionTable, o.versionTableSchema);
  }

  get versionTableName(): string {
    return this.o.versionTable;
  }

  get sink(): Sink {
    return this.o.sink;
  }

  /** The revisions the database is at: the version table online, the range start offline. */
  async getCurrentHeads(): Promise<string[]> {
    if (this.asSql) {
      const start = this.o.startingRev;
      const ids = start === null ? [] : typeof start === "string" ? [start] : [...start];
      const map = this.o.map;
      if (map === null) return ids.filter((s) => s !== "base");
      return ids.flatMap((s) => offlineStartingHeads(map, s));
    }
    if (this.o.startingRev !== null) fail("Can't specify current_rev to context when using a database connection");
    const conn = this.requireConnection();
    if (!(await this.version.exists(conn))) return [];
    return this.version.currentHeads(conn);
  }

  async getCurrentRevision(): Promise<string | null> {
    const heads = await this.getCurrentHeads();
    if (heads.length > 1) fail("Version table '" + this.o.versionTable + "' has more than one head present; please use get_current_heads()");
    return heads[0] ?? null;
  }

  /**
   * Alembic's `begin_transaction`: whether this call opens a transaction depends on the dialect's
   * transactional DDL and on transaction-per-migration, so env.ts's outer call and the runtime's
   * per-migration call never both do.
   */
  async beginTransaction<T>(fn: () => Promise<T>, perMigration = false): Promise<T> {
    const now = this.o.transactionalDdl ? perMigration === this.o.transactionPerMigration : perMigration;
    if (!now || !this.o.transactionalDdl || this.inTransaction) return fn();
    this.inTransaction = true;
    try {
      if (this.asSql) {
        await this.o.sink.emit("BEGIN");
        const result = await fn();
        await this.o.sink.emit("COMMIT");
        return result;
      }
      const conn = this.requireConnection();
      await conn.query("BEGIN");
      try {
        const result = await fn();
        await conn.query("COMMIT");
        return result;
      } catch (err) {
        await conn.query("ROLLBACK").catch(() => {});
        throw err;
      }
    } finally {
      this.inTransaction = false;
    }
  }

  /**
   * `op.autocommitBlock()`: statements PostgreSQL refuses inside a transaction
   * (`CREATE INDEX CONCURRENTLY`) run after a COMMIT, and a new transaction begins after
   * them, as Alembic's `autocommit_block` does; offline that prints COMMIT and BEGIN.
   */
  async autocommitBegin(): Promise<void> {
    if (!this.inTransaction || !this.o.transactionalDdl || this.inAutocommit) return;
    this.inAutocommit = true;
    await this.o.sink.emit("COMMIT");
  }

  /** `op.getContext().autocommitBlock(async () => { ... })`, inside a running migration. */
  autocommitBlock<T>(body: () => Promise<T>): Promise<T> {
    return runAutocommitBlock(currentRun(), body);
  }

  async autocommitEnd(): Promise<void> {
    if (!this.inAutocommit) return;
    this.inAutocommit = false;
    await this.o.sink.emit("BEGIN");
  }

  /**
   * Run the planned steps: each migration, then its version-table change. `kw` is passed to
   * every upgrade()/downgrade() (the multidb template passes `{ engineName }`).
   */
  async runMigrations(kw: Readonly<Record<string, unknown>> = {}): Promise<void> {
    const o = this.o;
    let heads: string[];
    if (o.purge) {
      if (this.asSql) fail("Can't use --purge with --sql mode");
      await this.ensureVersionTable(true);
      heads = [];
    } else {
      heads = await this.getCurrentHeads();
      if (!this.asSql && heads.length === 0 && !o.dontMutate) await this.ensureVersionTable(false);
    }
    if (o.fn === null) return;
    const steps = await o.fn(heads, this);
    const modules = await this.importModules(steps);
    for (const step of steps) {
      await this.beginTransaction(async () => {
        if (this.asSql && heads.length === 0) await this.version.create(o.sink);
        o.log("INFO", step.logMessage);
        if (this.asSql) o.sink.comment(step.sqlComment);
        if (step.kind === "revision") await this.runScript(step.script, step.isUpgrade, modules.get(step.script.path) ?? {}, kw);
        const applied = updateToStep(heads, step);
        for (const action of applied.actions) await this.applyVersionAction(action);
        heads = [...applied.heads];
      }, true);
    }
    if (this.asSql && heads.length === 0) await this.version.drop(o.sink);
  }

  /** `ensure_version`: create the version table unless it exists; offline, print its CREATE TABLE. */
  async ensureVersionTableExists(): Promise<void> {
    if (this.asSql) await this.version.create(this.o.sink);
    else await this.ensureVersionTable(false);
  }

  private async ensureVersionTable(purge: boolean): Promise<void> {
    const conn = this.requireConnection();
    if (!(await this.version.exists(conn))) await this.version.create(this.o.sink);
    if (purge) await this.version.deleteAll(this.o.sink);
  }

  private async importModules(steps: readonly MigrationStep<Script>[]): Promise<Map<string, Record<string, unknown>>> {
    const scripts = [...new Map(steps.flatMap((s) => (s.kind === "revision" ? [[s.script.path, s.script] as const] : []))).values()];
    const script = this.o.script;
    if (script === null || scripts.length === 0) return new Map();
    const modules = await script.importRevisions(scripts);
    return new Map(scripts.map((s, i) => [s.path, modules[i] ?? {}]));
  }

  private async runScript(script: Script, upgrade: boolean, mod: Record<string, unknown>, kw: Readonly<Record<string, unknown>>): Promise<void> {
    const name = upgrade ? "upgrade" : "downgrade";
    const fn = mod[name];
    if (typeof fn !== "function") fail(`Revision ${script.revision} (${script.path}) has no exported ${name}() function`);
    const queue = new TaskQueue();
    const run: MigrationRun & MigrationRunHooks = {
      targetMetadata: this.opts["targetMetadata"],
      autocommitBegin: () => this.autocommitBegin(),
      autocommitEnd: () => this.autocommitEnd(),
      dialect: this.dialect,
      sink: this.o.sink,
      connection: this.connection,
      literalBinds: this.o.literalBinds || this.asSql,
      migrationContext: this,
      enqueue: (task) => queue.enqueue(task),
    };
    try {
      await withMigration(run, async () => {
        await (fn as (kw: Readonly<Record<string, unknown>>) => unknown)(kw);
        await queue.drain();
      });
    } catch (err) {
      if (err instanceof RetortError && err.message.startsWith(`Revision ${script.revision}`)) throw err;
      throw new RetortError(`Revision ${script.revision} failed during ${name}: ${messageOf(err)}`, { cause: err });
    }
  }

  private async applyVersionAction(action: VersionAction): Promise<void> {
    const sink = this.o.sink;
    const table = this.o.versionTable;
    if (action.kind === "insert") return this.version.insert(sink, action.version);
    if (action.kind === "delete") {
      const n = await this.version.delete(sink, action.version);
      if (!this.asSql && n !== 1) fail(`Online migration expected to match one row when deleting '${action.version}' in '${table}'; ${n} found`);
      return;
    }
    const n = await this.version.update(sink, action.from, action.to);
    if (!this.asSql && n !== 1) fail(`Online migration expected to match one row when updating '${action.from}' to '${action.to}' in '${table}'; ${n} found`);
  }

  private requireConnection(): BoundConnection {
    return this.connection ?? fail("This operation needs a database connection; it is not available in offline (--sql) mode");
  }

  /** `context.execute()` / `migrationContext.execute()`: one statement through the sink. */
  async execute(sql: string): Promise<void> {
    await this.o.sink.emit(sql);
  }
}
