import { killedUpgrades } from "./suites.js";
import { pglite } from "./targets.js";

killedUpgrades(pglite, 20, 100, 5);
