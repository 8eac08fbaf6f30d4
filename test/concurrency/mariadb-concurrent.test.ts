import { concurrentUpgrades } from "./suites.js";
import { mariadb } from "./targets.js";

concurrentUpgrades(mariadb, [
  { n: 2, perMigration: false },
  { n: 4, perMigration: true },
  { n: 8, perMigration: false },
  { n: 16, perMigration: true },
]);
