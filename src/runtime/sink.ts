import type { Connection, QueryResult } from "../dialects/dialect.js";
import type { CapturedSite } from "../util/call-site.js";

/**
 * Where statements go. Online they run on the connection; offline they are printed.
 * Everything above the sink, version-table SQL included, is the same in both modes,
 * as everything in Alembic funnels through DefaultImpl._exec.
 */
export interface Sink {
  readonly offline: boolean;
  /** Run or print one statement. Offline, `params` must already be rendered inline. */
  emit(sql: string): Promise<QueryResult>;
  /** A comment line: printed offline (`-- text`), nothing online. */
  comment(text: string): void;
  /**
   * Online, where the driver can: run several statements in one round trip, one result each.
   * Absent: emit them one by one.
   */
  emitBatch?(sqls: readonly string[]): Promise<QueryResult[]>;
  /**
   * Online, inside a transaction, where the driver sends batches: keep a statement whose result
   * nobody reads, to go with the next one sent (held-statements.ts). `site` is the user's line
   * that queued it, for its failure. False: not kept, emit it.
   */
  hold?(sql: string, site: CapturedSite | null): boolean;
}

const EMPTY: QueryResult = Object.freeze({ rows: [], rowCount: 0 });

/** Like Alembic's static_output: tabs become 4 spaces, the text is stripped, the terminator added, then a blank line. */
export function offlineSink(write: (text: string) => void, terminator: string): Sink {
  return {
    offline: true,
    emit: async (sql) => {
      write(sql.replaceAll("\t", "    ").trim() + terminator + "\n\n");
      return EMPTY;
    },
    comment: (text) => write(`-- ${text}\n\n`),
  };
}

export function onlineSink(conn: Connection): Sink {
  const batch = conn.queryBatch;
  return {
    offline: false,
    emit: (sql) => conn.query(sql),
    comment: () => {},
    ...(batch === undefined ? {} : { emitBatch: (sqls: readonly string[]) => batch.call(conn, sqls) }),
  };
}
