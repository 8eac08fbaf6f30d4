/**
 * What lint's default range needs: the revisions the configured database already has. Lint is
 * an offline check, so a database that cannot be read is no failure: the caller lints every
 * revision and says why.
 */
import { existsSync } from "node:fs";
import type { DbUrl } from "../config/url.js";
import type { Dialect } from "../dialects/dialect.js";
import { messageOf } from "../util/errors.js";

export type AppliedHeads = { readonly heads: readonly string[] } | { readonly unavailable: string };

const CONNECT_TIMEOUT_MS = 5000;

export async function readAppliedHeads(url: DbUrl, dialect: Dialect, versionTable: string): Promise<AppliedHeads> {
  // An embedded database (a file or folder, or memory) that does not exist has nothing applied; opening it would create it.
  if (url.host === null && (url.database === null || !existsSync(url.database))) return { heads: [] };
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  try {
    const connecting = dialect.connect(url, { lockTimeoutMs: 0, onWait: () => {}, signal: abort.signal });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        abort.abort();
        reject(new Error(`no answer within ${CONNECT_TIMEOUT_MS / 1000} s`));
      }, CONNECT_TIMEOUT_MS);
    });
    connecting.catch(() => {}); // a late failure after the timeout is not news
    const conn = await Promise.race([connecting, timeout]);
    try {
      if (!(await dialect.hasTable(conn, versionTable, null))) return { heads: [] };
      const result = await conn.query(`SELECT version_num FROM ${dialect.quoteIdentifier(versionTable)}`);
      return { heads: result.rows.map((r) => String(r["version_num"])) };
    } finally {
      await conn.close().catch(() => {});
    }
  } catch (err) {
    return { unavailable: `${url.toString()} could not be read (${messageOf(err).split("\n")[0]})` };
  } finally {
    clearTimeout(timer);
  }
}
