// pg's Client alone (pg/lib/client.js, which pg exports): the package's index also loads its
// connection pool and the native binding's wrapper, a sixth of the driver, which Retort never uses.
declare module "pg/lib/client.js" {
  import type { Client } from "pg";
  const ClientClass: typeof Client;
  export default ClientClass;
}
