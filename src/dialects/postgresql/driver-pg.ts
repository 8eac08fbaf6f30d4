/// <reference path="./pg-client.d.ts" />
import { hostname } from "node:os";
import type { DbUrl } from "../../config/url.js";
import type { ConnectOptions, Connection } from "../dialect.js";
import { fail } from "../../util/errors.js";
import { InterruptedError, interruptible } from "../../util/interrupt.js";
import { noteFailedInBatch } from "../../util/failed-in-batch.js";

/** The structural part of `pg.Client` we use; `pg` itself is imported only when a server URL is used. */
interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
  /** A submittable query (pg's Query): its callback is told the outcome. */
  query(query: object): unknown;
  end(): Promise<void>;
  on(event: "error", fn: (err: Error) => void): void;
  /** The server process of this session (from the BackendKeyData message); null before it connects. */
  readonly processID: number | null;
}

type ClientSettings = {
  host: string;
  port: number;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
  application_name: string;
};

export async function connectPg(url: DbUrl, options: ConnectOptions): Promise<Connection> {
  const [{ default: Client }, { default: Query }] = await Promise.all([import("pg/lib/client.js"), import("pg/lib/query.js")]);
  const settings: ClientSettings = {
    host: url.host ?? url.query.host ?? "localhost",
    port: url.port ?? 5432,
    user: url.username ?? undefined,
    password: url.password ?? undefined,
    database: url.database ?? undefined,
    // What pg_stat_activity shows, so that a run waiting for the migration lock can say whom for.
    application_name: url.query["application_name"] ?? `retort pid ${process.pid} on ${hostname()}`,
  };
  const newClient = (): PgClient => {
    const c = new Client(settings) as unknown as PgClient;
    c.on("error", () => {}); // a dropped connection surfaces on the next query instead
    return c;
  };
  const client = newClient();
  try {
    await interruptible(client.connect(), options.signal, () => void client.end().catch(() => {}));
  } catch (err) {
    if (err instanceof InterruptedError) throw err;
    fail(`Could not connect to ${url.toString()}: ${describeConnectError(err)}`, err);
  }
  let running = 0;
  return {
    waitsOffThread: true,
    query: async (sql, params) => {
      running++;
      try {
        const r = await client.query(sql, params ? [...params] : undefined);
        // A multi-statement text returns one result per statement; keep the last.
        const last = Array.isArray(r) ? (r[r.length - 1] as typeof r) : r;
        return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
      } finally {
        running--;
      }
    },
    // The simple-query protocol takes several statements in one message when there are no
    // parameters, and answers with one result each; the first error ends the rest. The
    // statements are counted as they complete, so that a failure says which one it was.
    queryBatch: async (sqls) => {
      running++;
      let completed = 0;
      try {
        const r = await new Promise<PgResult | PgResult[]>((resolve, reject) => {
          const query = new Query(joinStatements(sqls), undefined, (err, result) => (err ? reject(noteFailedInBatch(err, completed)) : resolve(result)));
          const complete = query.handleCommandComplete;
          query.handleCommandComplete = function (msg, connection) {
            completed++;
            complete.call(this, msg, connection);
          };
          client.query(query);
        });
        return (Array.isArray(r) ? r : [r]).map(resultOf);
      } finally {
        running--;
      }
    },
    close: () => client.end(),
    // A session cannot be told anything while its statement runs: a second session of the same
    // user asks the server to cancel it (what psql's Ctrl-C does, with a status we can wait for).
    cancel: async () => {
      if (running === 0 || client.processID === null) return;
      const side = newClient();
      try {
        await side.connect();
        await side.query("select pg_cancel_backend($1)", [client.processID]);
      } catch {
        // no second session to be had: the statement runs to its end, and the run stops after it
      } finally {
        await side.end().catch(() => {});
      }
    },
  };
}

type PgResult = { rows?: Record<string, unknown>[]; rowCount?: number | null };
const resultOf = (x: PgResult) => ({ rows: x.rows ?? [], rowCount: x.rowCount ?? 0 });

/**
 * One text of several statements. Each ends on a line of its own, so that a statement ending in
 * a `--` comment does not swallow the separator.
 */
const joinStatements = (sqls: readonly string[]): string => sqls.join("\n;\n");

function describeConnectError(err: unknown): string {
  const e = err as { code?: string; message?: string; errors?: { message?: string }[] };
  if (e.code === "ECONNREFUSED") return "connection refused (is the server running?)";
  if (e.code === "ENOTFOUND") return "host not found";
  const message = e.message || e.errors?.map((x) => x.message).join("; ") || String(err);
  return message;
}
