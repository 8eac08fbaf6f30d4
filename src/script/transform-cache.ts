import * as crypto from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir } from "../util/cache-dir.js";

/**
 * Type-stripped revision sources, kept between runs in one file per script folder and keyed by
 * a hash of the source, so an unchanged history is not transformed again. A cache that cannot be
 * read or written is ignored: it only ever saves time.
 */
export class TransformCache {
  private readonly file: string;
  private entries: Record<string, string> = {};
  private dirty = false;
  /** Each source's key, hashed once: a run asks has() of every file, then get(). */
  private readonly keys = new Map<string, string>();

  constructor(scope: string, version: string) {
    const key = crypto.createHash("sha1").update(`${version}\0${scope}`).digest("hex").slice(0, 16);
    this.file = join(cacheDir(), "transforms", `${key}.json`);
    try {
      this.entries = JSON.parse(readFileSync(this.file, "utf8")) as Record<string, string>;
    } catch {
      this.entries = {};
    }
  }

  private keyOf(source: string): string {
    let key = this.keys.get(source);
    if (key === undefined) {
      key = sourceKey(source);
      this.keys.set(source, key);
    }
    return key;
  }

  has(source: string): boolean {
    return this.entries[this.keyOf(source)] !== undefined;
  }

  /** By a source's key (`sourceKey`), for a file known unchanged and not read again. */
  hasKey(key: string): boolean {
    return Object.hasOwn(this.entries, key) && typeof this.entries[key] === "string";
  }

  getByKey(key: string): string | undefined {
    const hit = this.entries[key];
    if (hit === undefined) return undefined;
    return hit;
  }

  /** The cached output for `source`, or the result of `make(source)`, remembered. */
  get(source: string, make: () => string): string {
    const key = this.keyOf(source);
    const hit = this.entries[key];
    if (hit !== undefined) return hit;
    const made = make();
    this.entries[key] = made;
    this.dirty = true;
    return made;
  }

  /** Write the cache back (atomically: a temporary file, then a rename). */
  save(keep: ReadonlySet<string> | null = null): void {
    if (!this.dirty) return;
    try {
      mkdirSync(join(this.file, ".."), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(keep ? Object.fromEntries(Object.entries(this.entries).filter(([k]) => keep.has(k))) : this.entries));
      renameSync(tmp, this.file);
    } catch {
      // A read-only or full cache folder only costs speed.
    }
  }
}

/** One-shot hashing where Node has it (20.12 on): a Hash object per file costs more than the hash, at 10,000 files. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: "base64") => string }).hash;
export const sourceKey = (source: string): string => (oneShot ? oneShot("sha1", source, "base64") : crypto.createHash("sha1").update(source).digest("base64"));
