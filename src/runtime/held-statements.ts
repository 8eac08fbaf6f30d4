import type { QueryResult } from "../dialects/dialect.js";
import { failedInBatch } from "../util/failed-in-batch.js";

/**
 * Statements whose results nobody reads (a migration's DDL), held on a connection and sent with
 * whatever next goes to the server: the next statement that is read, the version table's rows,
 * COMMIT. A run of a thousand small revisions then waits on the server a few times instead of a
 * thousand. Only a run inside a transaction holds anything (see MigrationContext): a rollback
 * takes back what was sent late as it would have taken back what was sent at once.
 *
 * Log lines written while statements are held wait for them (`after`), so that what a run
 * prints is what it did: when a held statement fails, the lines of the revisions after it
 * are never printed, as they are not when each statement is sent at once.
 */

/** Whose a held statement is: what its failure is to be reported as. */
export interface HeldOwner {
  failure(err: unknown, sql: string): Error;
}

export interface StatementHolder {
  /** How many statements are held. */
  readonly size: number;
  /** Whether holding `sql` too would make the batch too long (it is then sent at once, with what is held). */
  full(sql: string): boolean;
  /** Keep `sql` to be sent with the next batch. */
  hold(sql: string, owner: HeldOwner): void;
  /** Call `fn` once everything held so far has run: at once if nothing is held, never if one of them fails. */
  after(fn: () => void): void;
  /** Send what is held now. */
  flush(): Promise<void>;
  /** Forget what is held: the transaction is rolled back without it. */
  discard(): void;
}

const holders = new WeakMap<object, StatementHolder>();

/** Where `conn` can hold statements (its driver sends batches), its holder. */
export function holderOf(conn: object): StatementHolder | null {
  return holders.get(conn) ?? null;
}

export function registerHolder(conn: object, holder: StatementHolder): void {
  holders.set(conn, holder);
}

/** The most statements held at once, and the most text: a longer run is sent in batches this long. */
const MAX_STATEMENTS = 200;
const MAX_TEXT = 1 << 20;

type Item = { readonly sql: string; readonly owner: HeldOwner } | { readonly then: () => void };

/**
 * Whether a statement can be sent in a batch and still be told apart from its neighbours: one
 * statement, so that the server's answers count one per statement (no `;` but a last one, not
 * blank, not starting with a comment that might be all there is).
 */
export function holdable(sql: string): boolean {
  if (controlsTransaction(sql)) return false;
  const text = sql.trimEnd();
  const body = text.endsWith(";") ? text.slice(0, -1) : text;
  return !body.includes(";") && /^\s*[^\s\-/]/.test(body);
}

/**
 * A statement that ends, opens or changes the transaction by itself (`op.execute("COMMIT")`, a
 * Python idiom for what a transaction cannot run): it is sent at once, and nothing more is held
 * until the run's next transaction, so that the statements after it run one by one as they would.
 */
export function controlsTransaction(sql: string): boolean {
  return /^\s*(?:commit|rollback|end|abort|begin|start|savepoint|release|prepare\s+transaction|set\s+(?:session\s+characteristics|transaction))\b/i.test(sql);
}

export class HeldStatements implements StatementHolder {
  private items: Item[] = [];
  private statements = 0;
  private text = 0;

  /**
   * `sendBatch` runs statements in one round trip; `noteFailure` records on a failure which
   * statement it was.
   */
  constructor(
    private readonly sendBatch: (sqls: readonly string[]) => Promise<QueryResult[]>,
    private readonly noteFailure: (err: unknown, sql: string) => void,
  ) {}

  get size(): number {
    return this.statements;
  }

  full(sql: string): boolean {
    return this.statements >= MAX_STATEMENTS || this.text + sql.length > MAX_TEXT;
  }

  hold(sql: string, owner: HeldOwner): void {
    this.items.push({ sql, owner });
    this.statements++;
    this.text += sql.length;
  }

  after(fn: () => void): void {
    if (this.statements === 0) fn();
    else this.items.push({ then: fn });
  }

  async flush(): Promise<void> {
    if (this.statements > 0) await this.send([]);
  }

  discard(): void {
    this.items = [];
    this.statements = 0;
    this.text = 0;
  }

  /**
   * Run what is held, then `sqls`, in one batch; the results of `sqls`. A held statement that
   * fails throws its owner's error, after the lines written before it.
   */
  async send(sqls: readonly string[]): Promise<QueryResult[]> {
    const items = this.items;
    const count = this.statements;
    this.discard();
    const all: string[] = [];
    for (const item of items) if ("sql" in item) all.push(item.sql);
    all.push(...sqls);
    let results: QueryResult[];
    try {
      results = await this.sendBatch(all);
    } catch (err) {
      const at = failedInBatch(err);
      if (at === null || at >= count) {
        // The caller's own statement failed (or the driver could not say which): what is held ran.
        if (at !== null) runAfters(items, Infinity);
        this.noteFailure(err, at === null ? all.join(";\n") : all[at]!);
        throw err;
      }
      runAfters(items, at);
      const { sql, owner } = heldAt(items, at);
      this.noteFailure(err, sql);
      throw owner.failure(err, sql);
    }
    runAfters(items, Infinity);
    return results.slice(count);
  }
}

/** Calls the `after` functions held before statement `until` (all of them for Infinity). */
function runAfters(items: readonly Item[], until: number): void {
  let n = 0;
  for (const item of items) {
    if ("then" in item) item.then();
    else if (n++ === until) return;
  }
}

function heldAt(items: readonly Item[], at: number): { sql: string; owner: HeldOwner } {
  let n = 0;
  for (const item of items) if ("sql" in item && n++ === at) return item;
  throw new Error(`no held statement ${at}`);
}
