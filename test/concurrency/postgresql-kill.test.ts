import { killedUpgrades } from "./suites.js";
import { postgresql } from "./targets.js";

killedUpgrades(postgresql, 20, 100);
