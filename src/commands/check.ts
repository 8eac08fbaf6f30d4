import type { Config } from "../config/config.js";
import { fail } from "../util/errors.js";

/** `retort check`: needs autogenerate, which this version does not have yet. */
export async function check(_config: Config): Promise<void> {
  fail("check needs autogenerate, which is not available in this version of Retort");
}
