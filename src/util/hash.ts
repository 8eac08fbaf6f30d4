import * as crypto from "node:crypto";

/*
 * SHA-1, as the caches use it: to name a cache file after what it is kept for, and to key
 * entries by content. Not for security: a collision would only cost a cache miss or, for content
 * keys, is as unlikely as git's. SHA-256 for the checksums recorded in the database.
 */

type Encoding = "hex" | "base64";
/** One-shot hashing where Node has it (20.12 on): a Hash object per call costs more than the hash, at 10,000 files. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string | Buffer, encoding: Encoding) => string }).hash;

const digest = (algorithm: "sha1" | "sha256", data: string | Buffer, encoding: Encoding): string =>
  oneShot ? oneShot(algorithm, data, encoding) : crypto.createHash(algorithm).update(data).digest(encoding);

export const sha1 = (data: string | Buffer, encoding: Encoding): string => digest("sha1", data, encoding);

/** SHA-256 in hex. */
export const sha256 = (data: string): string => digest("sha256", data, "hex");

/** The name of the cache file kept for `scope` (the text that decides which file it is): `length` hex digits. */
export const cacheFileKey = (scope: string, length = 16): string => sha1(scope, "hex").slice(0, length);
