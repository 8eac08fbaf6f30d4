import { checksumTableName, progressTableName } from "./side-tables.js";
import type { BoundConnection, Dialect, TransactionGuard } from "../dialects/dialect.js";
import { currentRun, withMigration } from "../operations/op-context.js";
import { runAutocommitBlock } from "../operations/op.js";
import type { RevisionMap } from "../script/graph/types.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import type { Script } from "../script/script.js";
import { RetortError, fail, messageOf } from "../util/errors.js";
import { InterruptedError, throwIfInterrupted } from "../util/interrupt.js";
import { updateToStep, type VersionAction } from "./head-maintainer.js";
import type { Level } from "./logging.js";
import { stepLabel, type RunJournal } from "./run-journal.js";
import type { Sink } from "./sink.js";
import { offlineStartingHeads, type MigrationStep } from "./steps.js";
import { createMigrationRun } from "./migration-run.js";
import { VersionTable } from "./version-table.js";
import { ProgressTable, type HalfApplied } from "./progress-table.js";
import { ChecksumTable, type ChecksumReport } from "./checksum-table.js";
import { fileChecksum } from "../script/source-checksum.js";
import { DeferredVersionMoves, checkOneRowMatched } from "./deferred-version-moves.js";
import { controlsTransaction, holdable, holderOf, type StatementHolder } from "./held-statements.js";
import type { CapturedSite } from "../util/call-site.js";
import { noteQueuedAt } from "../util/failure-details.js";
import type { MigrationLock } from "../dialects/dialect.js";
import { LockTimeoutError } from "../util/process-lock.js";
import type { LockWait } from "../util/poll-lock.js";

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
  /** Records what the run commits and rolls back, for the message of an interrupted run. */
  readonly journal: RunJournal;
  /** Send on the log lines held so far: called when a transaction ends. */
  readonly flushLog?: () => void;
  /** Aborted when the run is to stop: no statement starts after that. */
  readonly signal?: AbortSignal | undefined;
  /**
   * Online commands that write (upgrade, downgrade, stamp, ensure_version): how to wait for the
   * migration lock, which the run takes before it reads the version table. Absent: no lock.
   */
  readonly lock?: LockWait | undefined;
  /** `--resume`: go on with the revision an earlier run left half-applied, after its completed statements. */
  readonly resume?: boolean;
  /** The command is `stamp`: it clears the record of a half-applied revision. */
  readonly stamp?: boolean;
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
  /** Online where DDL is not transactional: the record of the migration in progress (see ProgressTable). */
  private progress: ProgressTable | null = null;
  /**
   * The migration lock, while held: taken before the first transaction opens or the version table
   * is read (SQLite's BEGIN IMMEDIATE must not come before it), let go once runMigrations() is
   * done and the transaction around it, if any, has ended.
   */
  private heldLock: MigrationLock | null = null;
  private migrating = false;
  /** Version-table statements of the steps run in the open transaction, sent before it commits. */
  private readonly deferred = new DeferredVersionMoves();
  /** The statements of the run: `o.sink`, stopped by an interrupt, and counted in the journal. */
  private readonly statements: Sink;

  constructor(private readonly o: MigrationContextOptions) {
    this.dialect = o.dialect;
    this.connection = o.connection;
    this.asSql = o.asSql;
    this.opts = o.opts;
    this.version = new VersionTable(o.dialect, o.versionTable, o.versionTableSchema);
    this.statements = {
      offline: o.sink.offline,
      comment: (text) => o.sink.comment(text),
      emit: async (sql) => {
        throwIfInterrupted(o.signal);
        if (controlsTransaction(sql) && !this.asSql) {
          // What is held goes before it: it may commit them.
          this.holdingStopped = true;
          await this.flushVersionMoves();
        }
        const progress = this.progress;
        const result = progress === null ? await o.sink.emit(sql) : await progress.run(sql, () => o.sink.emit(sql));
        o.journal.statementRan();
        return result;
      },
      hold: (sql, site) => {
        const holder = this.holder();
        const running = this.running;
        if (holder === null || running === null || !holdable(sql) || holder.full(sql)) return false;
        throwIfInterrupted(o.signal);
        holder.hold(sql, { failure: (err) => revisionFailed(running.script, running.name, err, site) });
        holder.after(() => o.journal.statementRan());
        return true;
      },
    };
  }

  /** The revision whose upgrade() or downgrade() runs now. */
  private running: { readonly script: Script; readonly name: string } | null = null;
  /** A migration ended or changed the transaction itself: nothing is held until the next one. */
  private holdingStopped = false;

  /**
   * Whether what a step sends may wait for the next round trip (the version table's rows, a
   * migration's statements): online, in a transaction this run opened on a database whose DDL
   * is transactional, outside an autocommit block, until a migration ends the transaction itself.
   */
  private mayDefer(): boolean {
    return !this.asSql && this.inTransaction && this.o.transactionalDdl && !this.inAutocommit && this.progress === null && !this.holdingStopped;
  }

  /** Where a migration's statements may be held (Sink.hold): see mayDefer. */
  private holder(): StatementHolder | null {
    const conn = this.connection;
    return conn !== null && this.mayDefer() ? holderOf(conn) : null;
  }

  /**
   * What the run says (a log line) and records (the journal) about a step, done once the
   * statements held before it have run: at once when none are.
   */
  private inOrder(fn: () => void): void {
    const holder = this.connection === null ? null : holderOf(this.connection);
    if (holder === null) fn();
    else holder.after(fn);
  }

  /** Whether this run's migrations run in transactions (configure's transactionalDdl, else the dialect's). */
  get transactionalDdl(): boolean {
    return this.o.transactionalDdl;
  }

  get versionTableName(): string {
    return this.o.versionTable;
  }

  get sink(): Sink {
    return this.statements;
  }

  /** The revisions the database is at: the version table online, the range start offline. */
  async getCurrentHeads(): Promise<string[]> {
    await this.flushVersionMoves();
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
      throwIfInterrupted(this.o.signal);
      await this.takeLock();
      await this.openTransaction(conn);
      try {
        const result = await fn();
        throwIfInterrupted(this.o.signal);
        await this.commitTransaction(conn);
        return result;
      } catch (err) {
        throw await this.rollbackTransaction(conn, err);
      }
    } finally {
      this.inTransaction = false;
      if (!this.migrating) await this.releaseLock();
    }
  }

  private async releaseLock(): Promise<void> {
    const lock = this.heldLock;
    this.heldLock = null;
    // A failed release (the connection is gone) leaves nothing: the lock died with the session.
    await lock?.release().catch(() => {});
  }

  /** What the dialect does around the open transaction (SQLite: foreign keys), until it ends. */
  private guard: TransactionGuard | null = null;

  private async openTransaction(conn: BoundConnection): Promise<void> {
    this.guard = (await this.dialect.guardTransaction?.(conn)) ?? null;
    try {
      await conn.query(this.dialect.beginStatement ?? "BEGIN");
      this.holdingStopped = false;
    } catch (err) {
      await this.endGuard();
      throw err;
    }
    this.o.journal.begin();
  }

  private async commitTransaction(conn: BoundConnection): Promise<void> {
    await this.flushVersionMoves();
    await this.guard?.beforeCommit();
    await conn.query("COMMIT");
    this.o.journal.commit();
    this.o.flushLog?.();
    await this.endGuard();
  }

  /** Rolls back after `err`; returns the failure to report. */
  private async rollbackTransaction(conn: BoundConnection, err: unknown): Promise<unknown> {
    let failure = err;
    const holder = holderOf(conn);
    if (holder !== null && holder.size > 0) {
      // Statements held from before the failure ran first, had they been sent at once: one of
      // them failing is the failure to report. After an interrupt nothing more is sent.
      if (err instanceof InterruptedError) holder.discard();
      else failure = await holder.flush().then(() => err, (heldFailure: unknown) => heldFailure);
    }
    this.deferred.clear();
    this.o.journal.rollback();
    this.o.flushLog?.();
    await conn.query("ROLLBACK").catch(() => {});
    await this.endGuard().catch(() => {}); // the failure that matters is the one that rolled back
    return failure;
  }

  private async endGuard(): Promise<void> {
    const guard = this.guard;
    this.guard = null;
    await guard?.afterEnd();
  }

  /**
   * `op.autocommitBlock()`: statements PostgreSQL refuses inside a transaction
   * (`CREATE INDEX CONCURRENTLY`) run after a COMMIT, and a new transaction begins after
   * them, as Alembic's `autocommit_block` does; offline that prints COMMIT and BEGIN.
   */
  async autocommitBegin(): Promise<void> {
    if (!this.inTransaction || !this.o.transactionalDdl || this.inAutocommit) return;
    throwIfInterrupted(this.o.signal);
    this.inAutocommit = true;
    if (this.asSql) return void (await this.o.sink.emit("COMMIT"));
    await this.commitTransaction(this.requireConnection());
  }

  /** `op.getContext().autocommitBlock(async () => { ... })`, inside a running migration. */
  autocommitBlock<T>(body: () => Promise<T>): Promise<T> {
    return runAutocommitBlock(currentRun(), body);
  }

  async autocommitEnd(): Promise<void> {
    if (!this.inAutocommit) return;
    this.inAutocommit = false;
    throwIfInterrupted(this.o.signal);
    if (this.asSql) return void (await this.o.sink.emit("BEGIN"));
    await this.openTransaction(this.requireConnection());
  }

  /**
   * Run the planned steps: each migration, then its version-table change. `kw` is passed to
   * every upgrade()/downgrade() (the multidb template passes `{ engineName }`).
   */
  async runMigrations(kw: Readonly<Record<string, unknown>> = {}): Promise<void> {
    await this.takeLock();
    this.migrating = true;
    try {
      await this.runMigrationsLocked(kw);
    } finally {
      this.migrating = false;
      // Held until what the run wrote is committed: a waiter then reads the version table as it is.
      if (!this.inTransaction) await this.releaseLock();
    }
  }

  /**
   * Online, for a command that writes: the dialect's migration lock on this version table,
   * taken before the version table is read, so a run that waited plans only what is left.
   */
  private async takeLock(): Promise<void> {
    const wait = this.o.lock;
    if (this.heldLock !== null || this.asSql || wait === undefined || this.dialect.acquireMigrationLock === undefined) return;
    const conn = this.requireConnection();
    try {
      this.heldLock = await this.dialect.acquireMigrationLock(conn, { table: this.o.versionTable, schema: this.o.versionTableSchema }, wait);
    } catch (err) {
      if (err instanceof LockTimeoutError) fail(err.message);
      throw err;
    }
  }

  private async runMigrationsLocked(kw: Readonly<Record<string, unknown>>): Promise<void> {
    const o = this.o;
    let heads: string[];
    if (o.purge) {
      if (this.asSql) fail("Can't use --purge with --sql mode");
      await this.ensureVersionTable(true);
      heads = [];
    } else {
      heads = await this.getCurrentHeads();
    }
    // The version table is created once the plan is made and checked: a target that cannot be
    // planned, a revision file that cannot be loaded or an id too long changes nothing.
    const createVersionTable = !this.asSql && !o.purge && heads.length === 0 && !o.dontMutate;
    if (!this.asSql) o.journal.start(heads);
    if (o.fn === null) {
      if (createVersionTable) await this.ensureVersionTable(false);
      return;
    }
    const steps = await o.fn(heads, this);
    if (!this.asSql) o.journal.planned(steps.length);
    const modules = await this.importModules(steps);
    refuseLongIds(steps);
    if (createVersionTable) await this.ensureVersionTable(false);
    const progress = await this.checkProgress(steps);
    const checksums = this.checksumTable();
    const upgrades = steps.some((s) => s.kind === "revision" && s.isUpgrade);
    if (progress !== null && checksums !== null && upgrades) await checksums.ensureExists();
    if (checksums !== null && o.map !== null && upgrades) {
      for (const c of (await checksums.compare(o.map, heads, (path) => this.checksumOf(path))).changed) o.log("WARNING", describeChange(c));
    }
    let resumeAfter = progress?.resumeAfter ?? 0;
    for (const step of steps) {
      throwIfInterrupted(o.signal);
      await this.beginTransaction(async () => {
        if (this.asSql && heads.length === 0) await this.version.create(this.statements);
        const label = stepLabel(step);
        this.inOrder(() => {
          if (!this.asSql) o.journal.stepStarted(label);
          o.log("INFO", step.logMessage);
        });
        if (this.asSql) o.sink.comment(step.sqlComment);
        const tracked = step.kind === "revision" ? progress?.table ?? null : null;
        if (step.kind === "revision") {
          if (tracked !== null) {
            await tracked.begin(step.script.revision, step.name, resumeAfter);
            this.progress = tracked;
          }
          resumeAfter = 0;
          try {
            await this.runScript(step.script, step.isUpgrade, modules.get(step.script.path) ?? {}, kw);
          } catch (err) {
            await tracked?.failed();
            throw err;
          } finally {
            this.progress = null;
          }
        }
        const applied = updateToStep(heads, step);
        const moveVersion = async (): Promise<void> => {
          const checksum = step.kind === "revision" && step.isUpgrade && checksums !== null ? this.checksumOf(step.script.path) : null;
          if (tracked === null && this.deferVersionMove(applied.actions, checksums, step, checksum)) return;
          for (const action of applied.actions) await this.applyVersionAction(action);
          if (checksums !== null && step.kind === "revision") {
            if (step.isUpgrade) await checksums.applied(step.script, checksum);
            else await checksums.reverted(step.script.revision);
          }
        };
        if (tracked !== null) await tracked.finish(moveVersion);
        else await moveVersion();
        heads = [...applied.heads];
        const finished = heads;
        if (!this.asSql) this.inOrder(() => o.journal.stepFinished(finished));
      }, true);
    }
    if (this.asSql && heads.length === 0) await this.version.drop(this.statements);
    // What the run held goes now, with the version table's rows: what env.ts does next (another
    // database's run, its own output) comes after it, as it would had each been sent at once.
    await this.flushVersionMoves();
    await this.holder()?.flush();
  }

  /**
   * Where DDL is not transactional, before a command that writes runs anything: a revision an
   * earlier run left half-applied stops it, unless it is `stamp` (which clears the record) or
   * `--resume` goes on with that revision, after the statements of it that completed.
   */
  private async checkProgress(steps: readonly MigrationStep<Script>[]): Promise<{ table: ProgressTable; resumeAfter: number } | null> {
    const o = this.o;
    const conn = this.connection;
    if (this.asSql || conn === null || o.lock === undefined || this.dialect.transactionalDdl) return null;
    const table = new ProgressTable(this.dialect, conn, progressTableName(o.versionTable), o.versionTableSchema);
    const half = await table.halfApplied();
    if (half === null) return { table, resumeAfter: 0 };
    if (o.stamp) {
      await table.clear();
      o.log("INFO", `Cleared the record of revision ${half.revision}, which an earlier run left half-applied (${half.step})`);
      return { table, resumeAfter: 0 };
    }
    if (!o.resume) fail(describeHalfApplied(half, await this.getCurrentHeads()));
    const first = steps[0];
    if (first === undefined || first.kind !== "revision" || first.script.revision !== half.revision || first.name !== half.step) {
      const next = first === undefined ? "nothing" : stepLabel(first);
      fail(`--resume goes on with the ${half.step} of revision ${half.revision}, which an earlier run left half-applied, but this run would begin with ${next}`);
    }
    o.log("INFO", `Resuming the ${half.step} of revision ${half.revision} after its ${countOf(half.statementsDone)} that completed`);
    return { table, resumeAfter: half.statementsDone };
  }

  /** Online, for a command that writes: the side table of applied revisions' checksums. */
  private checksumTable(): ChecksumTable | null {
    const conn = this.connection;
    if (this.asSql || conn === null || this.o.lock === undefined) return null;
    return new ChecksumTable(this.dialect, conn, checksumTableName(this.o.versionTable), this.o.versionTableSchema);
  }

  /** `retort verify`: the applied revisions whose file changed, or is gone, since they were applied. */
  async verifyChecksums(): Promise<ChecksumReport> {
    const conn = this.requireConnection();
    const map = this.o.map ?? fail("No revision graph to verify against");
    const table = new ChecksumTable(this.dialect, conn, checksumTableName(this.o.versionTable), this.o.versionTableSchema);
    return table.compare(map, await this.getCurrentHeads(), (path) => this.checksumOf(path));
  }

  /** A revision file's checksum: as the script folder imported it, or as it is now. */
  private checksumOf(path: string): string | null {
    return this.o.script === null ? fileChecksum(path) : this.o.script.checksumOf(path);
  }

  /** `ensure_version`: create the version table unless it exists; offline, print its CREATE TABLE. */
  async ensureVersionTableExists(): Promise<void> {
    if (this.asSql) await this.version.create(this.statements);
    else await this.ensureVersionTable(false);
  }

  private async ensureVersionTable(purge: boolean): Promise<void> {
    const conn = this.requireConnection();
    if (!(await this.version.exists(conn))) await this.version.create(this.statements);
    if (purge) {
      await this.version.deleteAll(this.statements);
      await this.checksumTable()?.clear();
    }
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
    const run = createMigrationRun({
      targetMetadata: this.opts["targetMetadata"],
      autocommitBegin: () => this.autocommitBegin(),
      autocommitEnd: () => this.autocommitEnd(),
      dialect: this.dialect,
      sink: this.statements,
      connection: this.connection,
      literalBinds: this.o.literalBinds || this.asSql,
      migrationContext: this,
    });
    this.running = { script, name };
    try {
      await withMigration(run, async () => {
        await (fn as (kw: Readonly<Record<string, unknown>>) => unknown)(kw);
        await run.drain();
      });
    } catch (err) {
      if (err instanceof RevisionFailed || (err instanceof RetortError && err.message.startsWith(`Revision ${script.revision}`))) throw err;
      const kept = err instanceof InterruptedError ? null : this.o.journal.committedOfRunning();
      const recorded = this.progress !== null && kept !== null && kept > 0 ? RECORDED : "";
      throw new RetortError(`Revision ${script.revision} failed during ${name}: ${messageOf(err)}${keptNote(kept, this.o.journal)}${recorded}`, { cause: err });
    } finally {
      this.running = null;
    }
  }

  /**
   * Online, inside a transaction, where the driver can: a step's version-table statements and its
   * checksum row are held and sent with those of the following steps in one round trip, before
   * the transaction commits or the version table is read (see DeferredVersionMoves). False:
   * nothing was done, run them one by one.
   */
  private deferVersionMove(
    actions: readonly VersionAction[],
    checksums: ChecksumTable | null,
    step: MigrationStep<Script>,
    checksum: string | null,
  ): boolean {
    if (this.o.sink.emitBatch === undefined || !this.mayDefer()) return false;
    throwIfInterrupted(this.o.signal);
    this.deferred.addMoves(actions);
    if (checksums !== null && step.kind === "revision") {
      const row = step.isUpgrade ? checksums.rowOf(step.script, checksum) : null;
      // A file that cannot be read leaves its row as it was, as applied() does.
      if (row !== null || !step.isUpgrade) this.deferred.addChecksum(checksums, step.script.revision, row);
    }
    for (let i = 0; i < actions.length; i++) this.o.journal.statementRan();
    return true;
  }

  private async flushVersionMoves(): Promise<void> {
    const batch = this.o.sink.emitBatch;
    if (batch !== undefined) await this.deferred.flush((sqls) => batch.call(this.o.sink, sqls), (action) => this.version.sqlOf(action), this.o.versionTable);
  }

  private async applyVersionAction(action: VersionAction): Promise<void> {
    const n = (await this.statements.emit(this.version.sqlOf(action))).rowCount;
    if (!this.asSql) checkOneRowMatched(action, n, this.o.versionTable);
  }

  private requireConnection(): BoundConnection {
    return this.connection ?? fail("This operation needs a database connection; it is not available in offline (--sql) mode");
  }

  /** `context.execute()` / `migrationContext.execute()`: one statement through the sink. */
  async execute(sql: string): Promise<void> {
    await this.statements.emit(sql);
  }
}

/** A held statement of a revision failed, reported when the batch it went in failed. */
class RevisionFailed extends RetortError {}

function revisionFailed(script: Script, name: string, err: unknown, site: CapturedSite | null): RevisionFailed {
  const failure = new RevisionFailed(`Revision ${script.revision} failed during ${name}: ${messageOf(err)}`, { cause: err });
  // Its own line, and no other: the failure surfaces in whichever later task sent the batch.
  noteQueuedAt(failure, site ?? {});
  return failure;
}

const RECORDED = "; it is recorded as half-applied, so the next run stops at it until you repair it and run with --resume, or stamp";

/** One line of `retort verify`, and the warning `upgrade` gives. */
export function describeChange(c: { revision: string; appliedFrom: string; path: string | null; change: "changed" | "deleted" }): string {
  return c.change === "deleted"
    ? `Revision ${c.revision} was applied from ${c.appliedFrom}, which no longer exists`
    : `Revision ${c.revision} changed since it was applied (${c.path})`;
}

/**
 * The version column is VARCHAR(32), as Alembic's: a longer id would fail only when the version
 * table is written, after the migration's DDL ran (and, without transactional DDL, stayed).
 */
function refuseLongIds(steps: readonly MigrationStep<Script>[]): void {
  for (const step of steps) {
    const ids = step.kind === "revision" ? [step.script.revision] : step.to;
    const long = ids.find((id) => id.length > 32);
    if (long !== undefined) {
      fail(`Revision id '${long}' is ${long.length} characters long, and the version table's version_num column holds 32: give the revision a shorter id (nothing was run)`);
    }
  }
}

const countOf = (n: number): string => (n === 1 ? "1 statement" : `${n} statements`);
const ordinal = (n: number): string => `${n}${n % 10 === 1 && n % 100 !== 11 ? "st" : n % 10 === 2 && n % 100 !== 12 ? "nd" : n % 10 === 3 && n % 100 !== 13 ? "rd" : "th"}`;

/** Why a run refuses to go on past a revision an earlier run left half-applied, and the ways out. */
function describeHalfApplied(half: HalfApplied, heads: readonly string[]): string {
  const done = half.statementsDone === 0 ? "none of its statements had completed" : `${countOf(half.statementsDone)} of it had completed`;
  const last = half.lastStatement === null ? "" : ` (the last: ${half.lastStatement})`;
  const at = heads.length === 0 ? "base" : heads.join(", ");
  return (
    `Revision ${half.revision} was half-applied: an earlier run stopped during its ${half.step}, when ${done}${last}; ` +
    `the version table says ${at}. Check the database, repair it if need be, then run again with --resume ` +
    `to go on from its ${ordinal(half.statementsDone + 1)} statement, or use stamp to say which revision the database is at`
  );
}

/**
 * What a migration that failed outside a transaction (MySQL commits DDL as it runs) leaves
 * behind: its statements before the failing one stay, and the version table does not say so.
 */
function keptNote(kept: number | null, journal: RunJournal): string {
  if (kept === null) return "";
  if (kept === 0) return `; no statement of it had completed, so nothing of it was committed (the version table says ${journal.committedAt()})`;
  const statements = kept === 1 ? "its 1 earlier statement was" : `its ${kept} earlier statements were`;
  return `; it ran outside a transaction (the database commits DDL as it runs), so ${statements} committed and may need repair before it is run again (the version table still says ${journal.committedAt()})`;
}
