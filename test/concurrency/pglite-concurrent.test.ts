import { concurrentUpgrades } from "./suites.js";
import { pglite } from "./targets.js";

// PGlite is PostgreSQL in one process: the processes open the data folder one after the other
// (each open costs about a second), so these take longest.
concurrentUpgrades(pglite, [
  { n: 2, perMigration: false },
  { n: 4, perMigration: true },
  { n: 8, perMigration: false },
  { n: 16, perMigration: true },
]);
