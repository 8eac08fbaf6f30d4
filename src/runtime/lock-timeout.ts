import type { Config } from "../config/config.js";
import { fail } from "../util/errors.js";

const DEFAULT_SECONDS = 600;

/**
 * How long a command waits for a database another process holds: `--lock-timeout` (the
 * `lockTimeout` command option), else the ini's `lock_timeout`, else ten minutes. Seconds;
 * 0 fails at once.
 */
export function lockTimeoutMs(config: Config | undefined): number {
  const given = config?.cmdOpts["lockTimeout"] ?? config?.getMainOption("lock_timeout") ?? null;
  if (given === null || given === undefined || given === "") return DEFAULT_SECONDS * 1000;
  const seconds = typeof given === "number" ? given : Number(String(given).trim());
  if (!Number.isFinite(seconds) || seconds < 0) fail(`Invalid lock timeout '${String(given)}': give a number of seconds (0 fails at once)`);
  return Math.round(seconds * 1000);
}
