import { concurrentUpgrades } from "./suites.js";
import { pglite } from "./targets.js";

// PGlite is PostgreSQL in one process: the processes open the data folder one after the other
// (each open costs about a second of CPU), so these take longest; 16 at once starved the rest of
// the suite on a 2-core machine, and the server dialects' tests go to 16.
concurrentUpgrades(pglite, [
  { n: 2, perMigration: false },
  { n: 4, perMigration: true },
  { n: 8, perMigration: true },
]);
