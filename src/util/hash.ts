import { builtin } from "./builtin.js";

/*
 * SHA-1, as the caches use it to key entries by content (a collision is as unlikely as git's),
 * and SHA-256 for the checksums recorded in the database. Not for security.
 *
 * node:crypto is loaded on first use: with it come some thirty of Node's own modules (its
 * streams among them), about 3 ms, and a warm graph command hashes nothing.
 */

type Crypto = typeof import("node:crypto");
type Encoding = "hex" | "base64";

let loaded: Crypto | null = null;
const crypto = (): Crypto => (loaded ??= builtin<Crypto>("node:crypto"));

/** One-shot hashing where Node has it (20.12 on): a Hash object per call costs more than the hash, at 10,000 files. */
function digest(algorithm: "sha1" | "sha256", data: string | Buffer, encoding: Encoding): string {
  const c = crypto() as Crypto & { hash?: (algorithm: string, data: string | Buffer, encoding: Encoding) => string };
  return c.hash ? c.hash(algorithm, data, encoding) : c.createHash(algorithm).update(data).digest(encoding);
}

export const sha1 = (data: string | Buffer, encoding: Encoding): string => digest("sha1", data, encoding);

/** SHA-256 in hex. */
export const sha256 = (data: string): string => digest("sha256", data, "hex");

/**
 * The name of the cache file kept for `scope` (the text that decides which file it is): `length`
 * hex digits. Only a name: every cache checks what it finds inside (by path and stamp, or by
 * content key), so two scopes that came to one name would cost speed, never a wrong result.
 * FNV-1a, 32 bits at a time from a different start, rather than SHA-1: naming the identifier
 * cache is all a warm graph command hashes.
 */
export function cacheFileKey(scope: string, length = 16): string {
  let key = "";
  for (let lane = 0; key.length < length; lane++) {
    let h = (0x811c9dc5 ^ Math.imul(lane, 0x9e3779b9)) >>> 0;
    for (let i = 0; i < scope.length; i++) h = Math.imul(h ^ scope.charCodeAt(i), 0x01000193) >>> 0;
    key += h.toString(16).padStart(8, "0");
  }
  return key.slice(0, length);
}
