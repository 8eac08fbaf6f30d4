import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cacheDir } from "../util/cache-dir.js";
import { cacheFileKey, sha1 } from "../util/hash.js";

/**
 * Type-stripped revision sources, kept between runs in one file per script folder and keyed by
 * a hash of the source, so an unchanged history is not transformed again; beside each, once an
 * online run has needed it, the source's checksum (source-checksum.ts), so that a run whose files
 * the identifier cache shows unchanged need neither read nor hash them. Keyed by content, an
 * entry is true of any file with that text. A cache that cannot be read or written is ignored:
 * it only ever saves time.
 */
export class TransformCache {
  private readonly file: string;
  private code: Record<string, string> = {};
  private checksums: Record<string, string> = {};
  private dirty = false;
  /** Each source's key, hashed once: a run asks has() of every file, then get(). */
  private readonly keys = new Map<string, string>();

  constructor(scope: string, version: string) {
    // "2": the code and the checksums, in two objects (the first format held the code alone).
    const key = cacheFileKey(`2\0${version}\0${scope}`);
    this.file = join(cacheDir(), "transforms", `${key}.json`);
    try {
      const stored = JSON.parse(readFileSync(this.file, "utf8")) as { code?: unknown; checksums?: unknown };
      if (isRecord(stored.code) && isRecord(stored.checksums)) {
        this.code = stored.code;
        this.checksums = stored.checksums;
      }
    } catch {
      // none yet, or unreadable: as if there were none
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
    return this.hasKey(this.keyOf(source));
  }

  /** By a source's key (`sourceKey`), for a file known unchanged and not read again. */
  hasKey(key: string): boolean {
    return Object.hasOwn(this.code, key) && typeof this.code[key] === "string";
  }

  getByKey(key: string): string | undefined {
    return this.hasKey(key) ? this.code[key] : undefined;
  }

  /** The cached output for `source`, or the result of `make(source)`, remembered. */
  get(source: string, make: () => string): string {
    const key = this.keyOf(source);
    const hit = this.getByKey(key);
    if (hit !== undefined) return hit;
    const made = make();
    this.code[key] = made;
    this.dirty = true;
    return made;
  }

  /** The checksum recorded for the source with this key, if any. */
  checksumByKey(key: string): string | undefined {
    const hit = Object.hasOwn(this.checksums, key) ? this.checksums[key] : undefined;
    return typeof hit === "string" ? hit : undefined;
  }

  /** The checksum of `source`, from the cache or made by `make` and remembered. */
  checksum(source: string, make: (source: string) => string): string {
    const key = this.keyOf(source);
    const hit = this.checksumByKey(key);
    if (hit !== undefined) return hit;
    const made = make(source);
    this.checksums[key] = made;
    this.dirty = true;
    return made;
  }

  /** Write the cache back (atomically: a temporary file, then a rename). */
  save(): void {
    if (!this.dirty) return;
    try {
      mkdirSync(join(this.file, ".."), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify({ code: this.code, checksums: this.checksums }));
      renameSync(tmp, this.file);
    } catch {
      // A read-only or full cache folder only costs speed.
    }
  }
}

/** An object of entries; each is checked when it is asked for. */
function isRecord(value: unknown): value is Record<string, string> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A source's key in the cache: its SHA-1. */
export const sourceKey = (source: string): string => sha1(source, "base64");
