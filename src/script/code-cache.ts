import * as crypto from "node:crypto";
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";
import { cacheDir } from "../util/cache-dir.js";

/*
 * V8's compiled code for the joined revision files, kept between runs (one file per script
 * folder): compiling 10,000 files' worth of text again is a good part of `upgrade --sql`. V8
 * checks its own version and flags, not the text, so the file starts with the text's hash and
 * is used only when that matches. Like the other caches it only ever saves time.
 */

const MIN_FILES = 100; // below this, compiling costs less than reading the cache

const hashOf = (text: string): string => {
  const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "hex") => string }).hash;
  return oneShot ? oneShot("sha1", text, "hex") : crypto.createHash("sha1").update(text).digest("hex");
};

export interface CompiledScript {
  readonly script: Script;
  /** Call once the script has run (so that what it compiled lazily is in the cache too). */
  readonly save: () => void;
}

/** `text` compiled under `filename`, from the cache of `scope` where it holds this text's code. */
export function compileCached(text: string, filename: string, scope: string, files: number): CompiledScript {
  if (files < MIN_FILES) return { script: new Script(text, { filename }), save: () => {} };
  const key = crypto.createHash("sha1").update(`v8\0${scope}`).digest("hex").slice(0, 16);
  const file = join(cacheDir(), "transforms", `${key}.v8`);
  const hash = hashOf(text);
  let cachedData: Buffer | undefined;
  try {
    const buffer = readFileSync(file);
    if (buffer.subarray(0, hash.length).toString("latin1") === hash) cachedData = buffer.subarray(hash.length);
  } catch {
    // none yet
  }
  const script = new Script(text, { filename, cachedData });
  const save = (): void => {
    if (cachedData !== undefined && !script.cachedDataRejected) return;
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
  };
  return { script, save };
}
