import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir } from "../util/cache-dir.js";
import { cacheFileKey, sha1 } from "../util/hash.js";

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
    const key = cacheFileKey(`${version}\0${scope}`);
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
    return this.entries[key];
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

/** A source's key in the cache: its SHA-1. */
export const sourceKey = (source: string): string => sha1(source, "base64");
