import { qualifiedTableName } from "./side-tables.js";
import type { BoundConnection, Dialect, QueryResult } from "../dialects/dialect.js";

/** A revision that a run began and did not finish, as the progress table recorded it. */
export interface HalfApplied {
  readonly revision: string;
  readonly step: "upgrade" | "downgrade";
  /** Statements of it that completed (and were committed). */
  readonly statementsDone: number;
  /** The last of them, as sent (shortened). */
  readonly lastStatement: string | null;
}

const SHOWN = 500;

/**
 * Where DDL is not transactional (MySQL, MariaDB: every DDL statement commits), a run killed in
 * the middle of a migration leaves part of it applied and the version table not saying so. This
 * side table (`<version table>_progress`, beside the version table, which keeps Alembic's shape)
 * records the revision as in progress before its first statement and counts the statements
 * that completed; it is emptied in the same transaction as the version table is moved. A
 * statement and its count commit together (one transaction) wherever the statement is DML; a
 * DDL statement commits on its own first, so a kill between the two leaves it uncounted.
 */
export class ProgressTable {
  private current: { revision: string; done: number; skip: number } | null = null;
  private exists = false;

  constructor(
    private readonly dialect: Dialect,
    private readonly conn: BoundConnection,
    readonly name: string,
    private readonly schema: string | null,
  ) {}

  private get qualified(): string {
    return qualifiedTableName(this.dialect, this.name, this.schema);
  }

  private lit(value: string): string {
    return this.dialect.renderLiteral(value);
  }

  /** What an earlier run left half-applied; null when it finished (or never ran here). */
  async halfApplied(): Promise<HalfApplied | null> {
    if (!(await this.dialect.hasTable(this.conn, this.name, this.schema))) return null;
    const r = await this.conn.query(`SELECT version_num, step, statements_done, last_statement FROM ${this.qualified}`);
    const row = r.rows[0];
    if (row === undefined) return null;
    return {
      revision: String(row["version_num"]),
      step: row["step"] === "downgrade" ? "downgrade" : "upgrade",
      statementsDone: Number(row["statements_done"]),
      lastStatement: row["last_statement"] === null || row["last_statement"] === undefined ? null : String(row["last_statement"]),
    };
  }

  private async ensure(): Promise<void> {
    if (this.exists || (await this.dialect.hasTable(this.conn, this.name, this.schema))) {
      this.exists = true;
      return;
    }
    const pk = this.dialect.quoteIdentifier(`${this.name}_pkc`);
    await this.conn.query(
      `CREATE TABLE ${this.qualified} (version_num VARCHAR(32) NOT NULL, step VARCHAR(16) NOT NULL, ` +
        `statements_done INTEGER NOT NULL, last_statement VARCHAR(${SHOWN}), CONSTRAINT ${pk} PRIMARY KEY (version_num))`,
    );
    this.exists = true;
  }

  /** Before a migration's first statement; `skip` statements of it completed in an earlier run (--resume). */
  async begin(revision: string, step: "upgrade" | "downgrade", skip = 0): Promise<void> {
    if (skip === 0) {
      await this.ensure();
      await this.conn.query(`DELETE FROM ${this.qualified}`);
      await this.conn.query(`INSERT INTO ${this.qualified} (version_num, step, statements_done) VALUES (${this.lit(revision)}, ${this.lit(step)}, 0)`);
    }
    this.current = { revision, done: skip, skip };
  }

  /** Run one statement of the migration in progress, and count it in the same transaction. */
  async run(sql: string, exec: () => Promise<QueryResult>): Promise<QueryResult> {
    const c = this.current;
    if (c === null) return exec();
    if (c.skip > 0) {
      c.skip--; // completed by the run that was stopped: --resume goes on after it
      return { rows: [], rowCount: 0 };
    }
    await this.conn.query("BEGIN");
    let result: QueryResult;
    try {
      result = await exec();
      const shown = sql.trim().replace(/\s+/g, " ").slice(0, SHOWN);
      await this.conn.query(
        `UPDATE ${this.qualified} SET statements_done = ${c.done + 1}, last_statement = ${this.lit(shown)} WHERE version_num = ${this.lit(c.revision)}`,
      );
      await this.conn.query("COMMIT");
    } catch (err) {
      await this.conn.query("ROLLBACK").catch(() => {});
      throw err;
    }
    c.done++;
    return result;
  }

  /** Statements completed of the migration in progress. */
  get done(): number {
    return this.current?.done ?? 0;
  }

  /** The version table moved and this record removed, in one transaction. */
  async finish(moveVersion: () => Promise<void>): Promise<void> {
    this.current = null;
    await this.conn.query("BEGIN");
    try {
      await moveVersion();
      await this.conn.query(`DELETE FROM ${this.qualified}`);
      await this.conn.query("COMMIT");
    } catch (err) {
      await this.conn.query("ROLLBACK").catch(() => {});
      throw err;
    }
  }

  /**
   * After a failure (not a kill): a migration none of whose statements completed left nothing,
   * so nothing needs recording; one that did stays recorded as half-applied.
   */
  async failed(): Promise<void> {
    const c = this.current;
    this.current = null;
    if (c !== null && c.done === 0) await this.conn.query(`DELETE FROM ${this.qualified}`).catch(() => {});
  }

  /** `stamp` says where the database is: the record of a half-applied revision is moot. */
  async clear(): Promise<void> {
    if (await this.dialect.hasTable(this.conn, this.name, this.schema)) await this.conn.query(`DELETE FROM ${this.qualified}`);
  }
}
