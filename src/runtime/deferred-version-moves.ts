import type { QueryResult } from "../dialects/dialect.js";
import { fail } from "../util/errors.js";
import type { ChecksumRow, ChecksumTable } from "./checksum-table.js";
import type { VersionAction } from "./head-maintainer.js";

/** An UPDATE or DELETE of the version table must match one row: any other count fails the step. */
export function checkOneRowMatched(action: VersionAction, n: number, table: string): void {
  if (action.kind === "insert" || n === 1) return;
  if (action.kind === "delete") fail(`Online migration expected to match one row when deleting '${action.version}' in '${table}'; ${n} found`);
  fail(`Online migration expected to match one row when updating '${action.from}' to '${action.to}' in '${table}'; ${n} found`);
}

/**
 * The version-table and checksum changes of the steps run so far in the open transaction, held
 * until it commits (or the version table is read) and then sent in one round trip. No other
 * session sees the tables before COMMIT, and a rollback takes it all back, so writing them once
 * leaves what writing them after each step would; a run of 1,000 revisions then costs one round
 * trip per revision instead of two.
 *
 * The version table's statements are sent as each step would have run them: the order of its
 * rows is where PostgreSQL's heap put them, which `downgrade -1` and `current` show with several
 * heads, so it must come out as Alembic leaves it. The checksum rows, read only in revision order,
 * are written as what the steps come to: the rows of the revisions touched deleted in one
 * statement and the applied ones inserted in another (the server takes a while over thousands of
 * small statements: about 55 ms of a linear run of 1,000 revisions).
 */
export class DeferredVersionMoves {
  private moves: VersionAction[] = [];
  /** By revision: its checksum row once the held steps have run, or null where they removed it. */
  private checksums = new Map<string, ChecksumRow | null>();
  private checksumTable: ChecksumTable | null = null;

  get size(): number {
    return this.moves.length + this.checksums.size;
  }

  /** A step's version-table changes, in order. */
  addMoves(actions: readonly VersionAction[]): void {
    this.moves.push(...actions);
  }

  /** A step's checksum change: the revision's row as it is to be (null: removed). */
  addChecksum(table: ChecksumTable, revision: string, row: ChecksumRow | null): void {
    this.checksumTable = table;
    this.checksums.delete(revision); // in the order of the latest change
    this.checksums.set(revision, row);
  }

  /**
   * Send what is held, in one batch: the version table's changes, then the checksum table's. A
   * count that is not one fails as the step itself would have.
   */
  async flush(send: (sqls: readonly string[]) => Promise<QueryResult[]>, versionSql: (action: VersionAction) => string, table: string): Promise<void> {
    if (this.size === 0) return;
    const { moves, checksums, checksumTable } = this;
    this.clear();
    const sqls = moves.map(versionSql);
    const checksumSqls = checksumTable === null ? [] : await checksumTable.batchStatements(checksums);
    const results = await send([...sqls, ...checksumSqls]);
    moves.forEach((action, i) => checkOneRowMatched(action, results[i]?.rowCount ?? 0, table));
    if (checksumSqls.length > 0) checksumTable?.created();
  }

  /** The transaction rolled back: nothing held is to be written. */
  clear(): void {
    this.moves = [];
    this.checksums = new Map();
    this.checksumTable = null;
  }
}
