import { killedUpgrades } from "./suites.js";
import { pglite } from "./targets.js";

// Each kill and each rerun opens the data folder (about a second of CPU): 10 of them, not 20.
killedUpgrades(pglite, 10, 100, 5);
