import type { MigrationStep } from "./steps.js";

/** What the interrupt message calls a step: "upgrade of revision 433af9f41996". */
export function stepLabel(step: MigrationStep): string {
  if (step.kind === "revision") return `${step.name} of revision ${step.script.revision}`;
  return `stamp to ${step.to.length > 0 ? step.to.join(", ") : "base"}`;
}

interface Running {
  readonly label: string;
  /** Statements of it that completed. */
  statements: number;
  /** Some of its work was committed: it ran outside a transaction, or an autocommit block committed it. */
  partlyCommitted: boolean;
  /** Its transaction was rolled back. */
  rolledBack: boolean;
}

/**
 * What one migration context has done to its database, kept as it happens, so that a run that
 * is interrupted can say exactly what was committed and what was rolled back.
 */
export class RunJournal {
  private startHeads: readonly string[] | null = null;
  /** The heads as this connection sees them, inside its open transaction. */
  private heads: readonly string[] = [];
  private committedHeads: readonly string[] = [];
  private inTransaction = false;
  /** Steps finished inside the open transaction. */
  private uncommitted: string[] = [];
  private committed: string[] = [];
  /** Finished steps that the last rollback took back. */
  private rolledBack: string[] = [];
  private running: Running | null = null;
  private stepsStarted = 0;
  private stepsPlanned = 0;

  /** `database` names it in messages when a run migrates several; `offline` runs change none. */
  constructor(
    readonly database: string,
    readonly offline: boolean,
  ) {}

  get started(): boolean {
    return this.startHeads !== null;
  }

  start(heads: readonly string[]): void {
    this.startHeads = [...heads];
    this.heads = [...heads];
    this.committedHeads = [...heads];
  }

  planned(steps: number): void {
    this.stepsPlanned = steps;
  }

  begin(): void {
    this.inTransaction = true;
  }

  commit(): void {
    if (!this.inTransaction) return;
    this.inTransaction = false;
    this.committedHeads = this.heads;
    this.committed.push(...this.uncommitted);
    this.uncommitted = [];
    if (this.running && this.running.statements > 0) this.running.partlyCommitted = true;
  }

  /** Called when a ROLLBACK is sent: were it to fail, the server rolls back when the session ends. */
  rollback(): void {
    if (!this.inTransaction) return;
    this.inTransaction = false;
    this.rolledBack = this.uncommitted;
    this.uncommitted = [];
    this.heads = this.committedHeads;
    if (this.running) this.running.rolledBack = true;
  }

  stepStarted(label: string): void {
    this.running = { label, statements: 0, partlyCommitted: false, rolledBack: false };
    this.stepsStarted++;
  }

  statementRan(): void {
    if (this.running === null) return;
    this.running.statements++;
    if (!this.inTransaction) this.running.partlyCommitted = true;
  }

  /**
   * Of the step running now, how many statements completed outside a transaction, so that they
   * stay whatever happens next; null when none runs or it runs in a transaction.
   */
  committedOfRunning(): number | null {
    return this.running === null || this.inTransaction ? null : this.running.statements;
  }

  /** The revisions the version table says, committed: where a run stopped now leaves the database. */
  committedAt(): string {
    return heads(this.committedHeads);
  }

  stepFinished(heads: readonly string[]): void {
    const label = this.running?.label ?? "";
    this.running = null;
    this.heads = [...heads];
    if (this.inTransaction) {
      this.uncommitted.push(label);
    } else {
      this.committedHeads = this.heads;
      this.committed.push(label);
    }
  }

  /**
   * The interrupt message, once the run has stopped (its transaction rolled back):
   * `Interrupted (SIGINT) during upgrade of revision X; its transaction was rolled back, nothing
   * of it remains; the database is at W, as before the command`.
   */
  describe(reason: string, onDatabase: boolean): string {
    const on = onDatabase ? ` on ${this.database}` : "";
    if (this.offline) return `Interrupted (${reason}) while writing SQL${on}; the SQL written is incomplete`;
    if (this.startHeads === null) return `Interrupted (${reason}) before any migration ran${on}; the database is unchanged`;
    const r = this.running;
    const where =
      r !== null
        ? ` during ${r.label}`
        : this.stepsStarted === 0
          ? " before any migration ran"
          : this.stepsStarted < this.stepsPlanned
            ? " between migrations"
            : " after the last migration";
    const clauses: string[] = [];
    const withIt = this.rolledBack.length > 0 ? `the transaction was rolled back, and with it ${list(this.rolledBack)}` : null;
    if (r !== null && r.partlyCommitted) {
      clauses.push(
        r.rolledBack
          ? "what it ran up to and in its autocommit block was committed and remains, the rest was rolled back"
          : "it ran outside a transaction, so those of its statements that had completed remain",
      );
      if (withIt !== null) clauses.push(withIt);
    } else if (r !== null && r.rolledBack) {
      clauses.push(withIt ?? "its transaction was rolled back, nothing of it remains");
    } else {
      if (r !== null) clauses.push("none of its statements had completed");
      if (withIt !== null) clauses.push(withIt);
    }
    const at = r?.partlyCommitted ? `the version table still says ${heads(this.committedHeads)}` : `the database is at ${heads(this.committedHeads)}`;
    const before = r !== null ? " before it" : "";
    if (this.committed.length > 0) clauses.push(`${list(this.committed)} ${this.committed.length === 1 ? "was" : "were"} committed${before}: ${at}`);
    else clauses.push(sameHeads(this.committedHeads, this.startHeads) && !r?.partlyCommitted ? `${at}, as before the command` : at);
    return `Interrupted (${reason})${where}${on}; ${clauses.join("; ")}`;
  }

  /** For the other databases of a multi-database run: where this one was left. */
  describeState(): string {
    return `${this.database} is at ${heads(this.committedHeads)}`;
  }
}

const heads = (h: readonly string[]): string => (h.length === 0 ? "base" : h.join(", "));
const list = (labels: readonly string[]): string => labels.join(", ");
const sameHeads = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((h) => b.includes(h));
