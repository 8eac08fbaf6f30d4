import { createHash } from "node:crypto";
import { closeSync, fstatSync, futimesSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync, type BigIntStats } from "node:fs";
import { join } from "node:path";
import { cacheDir } from "../util/cache-dir.js";
import { NOT_LITERAL, type Literal, type ReadValue, type StaticRead } from "./read-identifiers.js";

/*
 * What the graph commands need from each revision file (its identifier exports and header
 * comment, as read-identifiers.ts reads them), kept between runs in one file per script folder so
 * that an unchanged history is not read again. An entry is used only when the file's path, size,
 * modification and change times (ns) and inode all match what they were when it was read, and
 * only when the file was last changed before the run that recorded it began: a file edited in the
 * same clock tick as that run (git's "racily clean" index entries) may have changed after it was
 * read without changing its times, so it is read again. The cache file's own modification time
 * records that moment, on the file system's clock. The cache only ever saves time: a missing,
 * unreadable, unwritable or corrupt cache is ignored.
 */

/** Bump when read-identifiers.ts changes what it returns for the same source. */
const FORMAT = 1;

/** The stat fields an entry is keyed by: any change means the file may have changed. */
export interface FileStamp {
  readonly size: bigint;
  readonly mtimeNs: bigint;
  readonly ctimeNs: bigint;
  readonly ino: bigint;
}

export const stampOf = (s: BigIntStats): FileStamp => ({ size: s.size, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs, ino: s.ino });

/** On disk: [size, mtimeNs, ctimeNs, ino] as decimal strings, the docstring, and the exports (0: not a literal). */
type Entry = [string, string, string, string, string | null, Record<string, Literal | 0>];

interface CacheFile {
  readonly format: number;
  readonly entries: Record<string, Entry>;
}

export class IdentifierCache {
  private readonly file: string;
  private readonly entries: Record<string, Entry>;
  /** Entries of files last changed at or after this time (the file system's clock) are not trusted. */
  private readonly horizonNs: bigint;
  private readonly next: Record<string, Entry> = {};
  private readonly started = process.hrtime.bigint();
  private changed = false;

  private constructor(file: string, loaded: { entries: Record<string, Entry>; horizonNs: bigint } | null) {
    this.file = file;
    this.entries = loaded?.entries ?? {};
    this.horizonNs = loaded?.horizonNs ?? 0n;
    this.changed = loaded === null;
  }

  /** The cache of the script folder `scope`; opened before the first file is looked at. */
  static open(scope: string): IdentifierCache {
    const key = createHash("sha1").update(`${FORMAT}\0${scope}`).digest("hex").slice(0, 16);
    const file = join(cacheDir(), "identifiers", `${key}.json`);
    return new IdentifierCache(file, load(file));
  }

  /** The cached read of `path`, when its stamp matches and it is older than the recording run. */
  lookup(path: string, stamp: FileStamp): StaticRead | null {
    const e = this.entries[path];
    if (e === undefined || !Object.hasOwn(this.entries, path) || !matches(e, stamp)) return null;
    const newest = stamp.mtimeNs > stamp.ctimeNs ? stamp.mtimeNs : stamp.ctimeNs;
    if (newest >= this.horizonNs) return null;
    const read = decode(e);
    if (read !== null) this.next[path] = e;
    return read;
  }

  /** Record what was read from `path`, whose stamp was taken before its source was read. */
  remember(path: string, stamp: FileStamp, read: StaticRead): void {
    const exports: Record<string, Literal | 0> = {};
    for (const [name, value] of read.exports) exports[name] = value === NOT_LITERAL ? 0 : value;
    this.next[path] = [String(stamp.size), String(stamp.mtimeNs), String(stamp.ctimeNs), String(stamp.ino), read.docstring, exports];
    this.changed = true;
  }

  /** Write the entries looked up or remembered in this run (files gone since drop out); atomic. */
  save(): void {
    if (!this.changed && Object.keys(this.next).length === Object.keys(this.entries).length) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    let fd: number | null = null;
    try {
      mkdirSync(join(this.file, ".."), { recursive: true });
      fd = openSync(tmp, "w");
      writeSync(fd, JSON.stringify({ format: FORMAT, entries: this.next } satisfies CacheFile));
      // Back-date the file to when this run began reading, on the file system's clock: the time
      // it was just written at, less the time since then (and a millisecond for rounding).
      const written = fstatSync(fd, { bigint: true }).mtimeNs;
      const began = written - (process.hrtime.bigint() - this.started) - 1_000_000n;
      const seconds = Number(began / 1000n) / 1e6;
      futimesSync(fd, seconds, seconds);
      closeSync(fd);
      fd = null;
      renameSync(tmp, this.file);
    } catch {
      // A read-only or full cache folder only costs speed.
      if (fd !== null) closeSync(fd);
      try {
        unlinkSync(tmp);
      } catch {
        // nothing was written
      }
    }
  }
}

function load(file: string): { entries: Record<string, Entry>; horizonNs: bigint } | null {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const horizonNs = fstatSync(fd, { bigint: true }).mtimeNs;
    const parsed = JSON.parse(readFileSync(fd, "utf8")) as Partial<CacheFile> | null;
    if (parsed?.format !== FORMAT) return null;
    if (typeof parsed.entries !== "object" || parsed.entries === null || Array.isArray(parsed.entries)) return null;
    return { entries: parsed.entries, horizonNs };
  } catch {
    return null; // corrupt: as if there were none
  } finally {
    closeSync(fd);
  }
}

function matches(e: unknown, s: FileStamp): e is Entry {
  return (
    Array.isArray(e) &&
    e.length === 6 &&
    e[0] === String(s.size) &&
    e[1] === String(s.mtimeNs) &&
    e[2] === String(s.ctimeNs) &&
    e[3] === String(s.ino)
  );
}

/** The entry as read-identifiers.ts returns it, or null when it is not well formed. */
function decode(e: Entry): StaticRead | null {
  const [, , , , docstring, exports] = e;
  if (docstring !== null && typeof docstring !== "string") return null;
  if (typeof exports !== "object" || exports === null || Array.isArray(exports)) return null;
  const map = new Map<string, ReadValue>();
  for (const [name, value] of Object.entries(exports)) {
    if (value === 0) map.set(name, NOT_LITERAL);
    else if (value === null || typeof value === "string") map.set(name, value);
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) map.set(name, Object.freeze([...value]));
    else return null;
  }
  return { exports: map, docstring };
}
