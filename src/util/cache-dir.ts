import { homedir, tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Where Retort keeps what only saves time (type-stripped sources): the user's cache folder, as
 * other tools do, so that nothing of it shows up among a run's temporary files.
 */
export function cacheDir(): string {
  const base = process.env["XDG_CACHE_HOME"] || (process.platform === "win32" ? process.env["LOCALAPPDATA"] : undefined) || homeCache();
  return join(base ?? tmpdir(), "retort");
}

function homeCache(): string | undefined {
  try {
    const home = homedir();
    return home ? join(home, process.platform === "darwin" ? "Library/Caches" : ".cache") : undefined;
  } catch {
    return undefined;
  }
}
