import { killedUpgrades } from "./suites.js";
import { mariadb } from "./targets.js";

killedUpgrades(mariadb, 20, 100);
