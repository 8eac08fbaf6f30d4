import type { QueryResult } from "../dialects/dialect.js";
import { fail } from "../util/errors.js";
import type { VersionAction } from "./head-maintainer.js";

/** An UPDATE or DELETE of the version table must match one row: any other count fails the step. */
export function checkOneRowMatched(action: VersionAction, n: number, table: string): void {
  if (action.kind === "insert" || n === 1) return;
  if (action.kind === "delete") fail(`Online migration expected to match one row when deleting '${action.version}' in '${table}'; ${n} found`);
  fail(`Online migration expected to match one row when updating '${action.from}' to '${action.to}' in '${table}'; ${n} found`);
}

/**
 * The version-table and checksum statements of the steps run so far in the open transaction,
 * held until it commits (or the version table is read) and then sent in one round trip. No other
 * session sees the table before COMMIT, and a rollback takes it all back, so writing it once
 * leaves what writing it after each step would; a run of 1,000 revisions then costs one round
 * trip per revision instead of two.
 */
export class DeferredVersionMoves {
  private sqls: string[] = [];
  private checks: { readonly at: number; readonly action: VersionAction }[] = [];

  /** A step's version-table statements (one per action, in order), then its checksum statements. */
  add(actions: readonly VersionAction[], versionSqls: readonly string[], checksumSqls: readonly string[]): void {
    actions.forEach((action, i) => {
      if (action.kind !== "insert") this.checks.push({ at: this.sqls.length + i, action });
    });
    this.sqls.push(...versionSqls, ...checksumSqls);
  }

  /** Send what is held, in order; a count that is not one fails as the step itself would have. */
  async flush(send: (sqls: readonly string[]) => Promise<QueryResult[]>, table: string): Promise<void> {
    if (this.sqls.length === 0) return;
    const { sqls, checks } = this;
    this.clear();
    const results = await send(sqls);
    for (const { at, action } of checks) checkOneRowMatched(action, results[at]?.rowCount ?? 0, table);
  }

  /** The transaction rolled back: nothing held is to be written. */
  clear(): void {
    this.sqls = [];
    this.checks = [];
  }
}
