import { concurrentUpgrades } from "./suites.js";
import { sqlite } from "./targets.js";

concurrentUpgrades(sqlite, [
  { n: 2, perMigration: false },
  { n: 4, perMigration: true },
  { n: 8, perMigration: false },
  { n: 16, perMigration: true },
]);
