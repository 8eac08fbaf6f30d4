import type { DbUrl } from "../../config/url.js";
import type { Connection } from "../dialect.js";
import { fail } from "../../util/errors.js";

/** The structural part of `pg.Client` we use; `pg` itself is imported only when a server URL is used. */
interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number | null }>;
  end(): Promise<void>;
  on(event: "error", fn: (err: Error) => void): void;
}

export async function connectPg(url: DbUrl): Promise<Connection> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({
    host: url.host ?? url.query.host ?? "localhost",
    port: url.port ?? 5432,
    user: url.username ?? undefined,
    password: url.password ?? undefined,
    database: url.database ?? undefined,
  }) as unknown as PgClient;
  client.on("error", () => {}); // a dropped connection surfaces on the next query instead
  try {
    await client.connect();
  } catch (err) {
    fail(`Could not connect to ${url.toString()}: ${describeConnectError(err)}`, err);
  }
  return {
    query: async (sql, params) => {
      const r = await client.query(sql, params ? [...params] : undefined);
      // A multi-statement text returns one result per statement; keep the last.
      const last = Array.isArray(r) ? (r[r.length - 1] as typeof r) : r;
      return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? 0 };
    },
    close: () => client.end(),
  };
}

function describeConnectError(err: unknown): string {
  const e = err as { code?: string; message?: string; errors?: { message?: string }[] };
  if (e.code === "ECONNREFUSED") return "connection refused (is the server running?)";
  if (e.code === "ENOTFOUND") return "host not found";
  const message = e.message || e.errors?.map((x) => x.message).join("; ") || String(err);
  return message;
}
