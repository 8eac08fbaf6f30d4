import { existsSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, rmdirSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fail } from "../../util/errors.js";
import { describeProcess, pidsWithFilesIn } from "../../util/processes.js";

/** What a data folder's lock is named by: its real path, so two spellings share one lock. */
export function dataFolderKey(dataDir: string): string {
  const full = resolve(dataDir);
  try {
    return `pglite:${realpathSync(full)}`;
  } catch {
    const parent = dirname(full);
    return `pglite:${join(existsSync(parent) ? realpathSync(parent) : parent, basename(full))}`;
  }
}

/**
 * PGlite leaves PostgreSQL's postmaster.pid in the folder while it has it open (with a made-up
 * pid), and a crash leaves it too. Which one it is shows in who has the folder's files open.
 * Called with the lock held, so no Retort process is among them.
 */
export function refuseOtherOpeners(dataDir: string, what: string): void {
  if (!existsSync(join(dataDir, "postmaster.pid"))) return;
  const pid = pidsWithFilesIn(realpathSync(dataDir))[0];
  if (pid === undefined) return; // left by a process that ended; PostgreSQL recovers on open
  const holder = pid === process.pid ? "this process" : describeProcess(pid);
  fail(
    `${what.charAt(0).toUpperCase()}${what.slice(1)} is open in ${holder}, which does not take Retort's lock: ` +
      `stop it, or run the migrations from it through Retort's API (see "Sharing the embedded database" in Retort's README)`,
  );
}

/**
 * Make sure `dataDir` holds a data folder: an absent or empty folder gets a new database, built
 * beside it and renamed into place, so that an interrupted creation never leaves half of one;
 * a folder with other things in it is refused rather than filled with PostgreSQL's files.
 */
export async function prepareDataFolder(dataDir: string, create: (dir: string) => Promise<void>): Promise<void> {
  if (existsSync(dataDir)) {
    if (!statSync(dataDir).isDirectory()) fail(`The embedded database path ${dataDir} is a file, not a folder`);
    const entries = readdirSync(dataDir);
    if (entries.includes("PG_VERSION")) return;
    if (entries.length > 0) {
      fail(`${dataDir} is not an embedded database folder (it has files but no PG_VERSION): point the URL at a new or empty folder`);
    }
  }
  const parent = dirname(resolve(dataDir));
  mkdirSync(parent, { recursive: true });
  // Left by a creation that was killed; the lock is held, so none of them is in progress.
  const partial = `.${basename(dataDir)}.creating-`;
  for (const name of readdirSync(parent)) if (name.startsWith(partial)) rmSync(join(parent, name), { recursive: true, force: true });
  const building = join(parent, `${partial}${process.pid}`);
  try {
    await create(building);
    if (existsSync(dataDir)) rmdirSync(dataDir);
    renameSync(building, dataDir);
  } finally {
    rmSync(building, { recursive: true, force: true });
  }
}

