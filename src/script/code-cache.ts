import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import { cacheDir } from "../util/cache-dir.js";
import { cacheFileKey, sha1 } from "../util/hash.js";

/*
 * V8's compiled code for the joined revision files, kept between runs (one file per script
 * folder): compiling 10,000 files' worth of text again is a good part of `upgrade --sql`. V8
 * checks its own version and flags, not the text, so the file starts with the text's hash and
 * is used only when that matches. Like the other caches it only ever saves time.
 *
 * The cache is written once the revisions have run (`saveCompiledCode`), not once they have
 * loaded: V8 then keeps the functions it compiled on first call too, each revision's upgrade()
 * or downgrade(), which is most of the compiling an online upgrade of 1,000 revisions does.
 */

const MIN_FILES = 100; // below this, compiling costs less than reading the cache

/** The caches to write once this process's revisions have run. */
const unsaved = new Set<() => void>();

/** Write the code caches of the scripts compiled since the last call (see above). */
export function saveCompiledCode(): void {
  for (const save of unsaved) save();
  unsaved.clear();
}

/** `text` compiled under `filename`, from the cache of `scope` where it holds this text's code. */
export function compileCached(text: string, filename: string, scope: string, files: number): Script {
  if (files < MIN_FILES) return new Script(text, { filename });
  // "v8 run": the cache holds the code of a run, not only of a load (the name changed with it).
  const key = cacheFileKey(`v8 run\0${scope}`);
  const file = join(cacheDir(), "transforms", `${key}.v8`);
  const hash = sha1(text, "hex");
  let cachedData: Buffer | undefined;
  try {
    const buffer = readFileSync(file);
    if (buffer.subarray(0, hash.length).toString("latin1") === hash) cachedData = buffer.subarray(hash.length);
  } catch {
    // none yet
  }
  const script = new Script(text, { filename, cachedData });
  if (cachedData !== undefined && !script.cachedDataRejected) return script;
  unsaved.add(() => {
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(join(file, ".."), { recursive: true });
      writeFileSync(tmp, Buffer.concat([Buffer.from(hash, "latin1"), script.createCachedData()]));
      renameSync(tmp, file);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing was written
      }
    }
  });
  return script;
}
