import { killedUpgrades } from "./suites.js";
import { sqlite } from "./targets.js";

killedUpgrades(sqlite, 20, 100);
