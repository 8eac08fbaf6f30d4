/**
 * Foreign keys around a migration's transaction. Moving and copying a table drops the old one,
 * which, with enforcement on, deletes through ON DELETE actions or fails; and SQLite changes
 * `PRAGMA foreign_keys` only outside a transaction, so whether a migration will move a table is
 * not known in time. So, where the connection enforces foreign keys, each migration transaction
 * runs with enforcement off and checks the whole database (`PRAGMA foreign_key_check`) before
 * COMMIT: a row left pointing nowhere fails the migration, rolled back; enforcement is back on
 * once the transaction has ended. This is the procedure SQLite documents for schema changes
 * (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes").
 */
import type { Connection, TransactionGuard } from "../dialect.js";
import { fail } from "../../util/errors.js";

export async function foreignKeysEnforced(conn: Connection): Promise<boolean> {
  const res = await conn.query("PRAGMA foreign_keys");
  return Number(res.rows[0]?.["foreign_keys"] ?? 0) === 1;
}

const SHOWN = 5;

/** Fail, naming the rows, when any row refers to a row that does not exist. */
export async function checkForeignKeys(conn: Connection, when: string): Promise<void> {
  const rows = (await conn.query("PRAGMA foreign_key_check")).rows;
  if (rows.length === 0) return;
  const described = rows.slice(0, SHOWN).map((r) => {
    const rowid = r["rowid"] === null || r["rowid"] === undefined ? "" : ` (rowid ${String(r["rowid"])})`;
    return `a row of "${String(r["table"])}"${rowid} refers to a missing row of "${String(r["parent"])}"`;
  });
  const more = rows.length > SHOWN ? `; and ${rows.length - SHOWN} more` : "";
  fail(`Foreign key check failed ${when}: ${described.join("; ")}${more}`);
}

const NOTHING: TransactionGuard = Object.freeze({ beforeCommit: async () => {}, afterEnd: async () => {} });

export async function guardTransaction(conn: Connection): Promise<TransactionGuard> {
  if (!(await foreignKeysEnforced(conn))) return NOTHING;
  await conn.query("PRAGMA foreign_keys = OFF");
  return {
    beforeCommit: () => checkForeignKeys(conn, "before COMMIT, so the transaction was rolled back"),
    afterEnd: async () => void (await conn.query("PRAGMA foreign_keys = ON")),
  };
}
