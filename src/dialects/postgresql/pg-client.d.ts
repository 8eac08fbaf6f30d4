// pg's Client alone (pg/lib/client.js, which pg exports): the package's index also loads its
// connection pool and the native binding's wrapper, a sixth of the driver, which Retort never uses.
declare module "pg/lib/client.js" {
  import type { Client } from "pg";
  const ClientClass: typeof Client;
  export default ClientClass;
}

// pg's Query, to be told each statement of a multi-statement text as it completes.
declare module "pg/lib/query.js" {
  type Result = { rows?: Record<string, unknown>[]; rowCount?: number | null };
  class Query {
    constructor(text: string, values: undefined, callback: (err: Error | null, result: Result | Result[]) => void);
    handleCommandComplete(msg: unknown, connection: unknown): void;
  }
  export default Query;
}
