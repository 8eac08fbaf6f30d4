import { closeSync, fstatSync, futimesSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { join } from "node:path";
import { cacheDir } from "../util/cache-dir.js";
import { cacheFileKey } from "../util/hash.js";
import { leadingDocstring, NOT_LITERAL, type ExportReader, type ReadValue, type StaticRead } from "./read-identifiers.js";

/*
 * What the graph commands need from each revision file (its identifier exports and header
 * comment, as read-identifiers.ts reads them), kept between runs in one file per script folder so
 * that an unchanged history is not read again. An entry is used only when the file's path, size,
 * modification and change times and inode all match what they were when it was read, and
 * only when the file was last changed before the run that recorded it began: a file edited in the
 * same clock tick as that run (git's "racily clean" index entries) may have changed after it was
 * read without changing its times, so it is read again. The cache file's own modification time
 * records that moment, on the file system's clock. The cache only ever saves time: a missing,
 * unreadable, unwritable or corrupt cache is ignored.
 *
 * On disk, one line per file (a warm run of a 10,000-revision history reads it on every command,
 * so it is made to be cheap to read: no JSON document to parse whole, and an entry is decoded
 * only once its stamp has matched):
 *
 *   path TAB "size mtimeMs ctimeMs ino" TAB docstring TAB revision TAB downRevision TAB branchLabels TAB dependsOn TAB sourceKey
 *
 * The docstring and each export are JSON text (null, a string, an array of strings); an export
 * that is not a literal is `!`, one the file does not have is empty. The file is ASCII (other
 * characters escaped, in paths too), so that it reads as Latin-1, without UTF-8 decoding. The
 * source key is the transform cache's key of the text that was read (transform-cache.ts): an
 * offline upgrade finds a file's type-stripped text by it without reading the file again. Lines
 * are in the order the files were looked up (the listing's), so a run finds each in turn.
 */

/** The first line; bump the number when the format or what read-identifiers.ts returns changes. */
const HEADER = "retort identifier cache 4";
const NAMES = ["revision", "downRevision", "branchLabels", "dependsOn"] as const;
/** How many lines past the cursor a lookup looks at before it counts as off course. */
const LOOK_AHEAD = 8;

/**
 * The stat fields an entry is keyed by: any change means the file may have changed. Times in
 * milliseconds as Node's plain stat gives them (a double: a quarter of a microsecond apart at
 * today's dates), not its BigInt stat, which costs ten BigInts and four Dates a file: a tenth of
 * a warm `heads` of 10,000 revisions went to making and collecting them.
 */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

export const stampOf = (s: Stats): FileStamp => ({ size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino });

const stampText = (s: FileStamp): string => `${s.size} ${s.mtimeMs} ${s.ctimeMs} ${s.ino}`;

export class IdentifierCache {
  private readonly file: string;
  /** The cached lines, undecoded; `cursor` is where the next lookup is expected. */
  private readonly lines: readonly string[];
  private cursor = 0;
  /** Whether the last lookup found no line near the cursor. */
  private strayed = false;
  /** The lines' positions by key, built when two lookups in a row find no line near the cursor. */
  private byKey: Map<string, number> | null = null;
  /**
   * Entries of files last changed at or after this time (the file system's clock, in ms as stat
   * gives them) are not trusted. Both sides are rounded alike, so a file changed at or after it
   * never compares before it.
   */
  private readonly horizonMs: number;
  /** The lines the next save writes, in lookup order (each file is looked up once a run). */
  private readonly next: string[] = [];
  private readonly started = process.hrtime.bigint();
  private readonly loaded: boolean;
  /** Files whose line this run found (trusted or not), and files read, not taken from the cache. */
  private found = 0;
  private missed = 0;

  private constructor(file: string, loaded: { lines: readonly string[]; horizonMs: number } | null) {
    this.file = file;
    this.lines = loaded?.lines ?? [];
    this.horizonMs = loaded?.horizonMs ?? 0;
    this.loaded = loaded !== null;
  }

  /** The cache of the script folder `scope`; opened before the first file is looked at. */
  static open(scope: string): IdentifierCache {
    const key = cacheFileKey(`${HEADER}\0${scope}`);
    const file = join(cacheDir(), "identifiers", `${key}.txt`);
    return new IdentifierCache(file, load(file));
  }

  /** The cached read of `path`, when its stamp matches and it is older than the recording run. */
  lookup(path: string, stamp: FileStamp): StaticRead | null {
    const key = keyOf(path);
    const line = this.lineOf(key);
    if (line === undefined) return null;
    this.found++;
    const stampAt = key.length + 1;
    const stampKey = stampText(stamp);
    if (!line.startsWith(stampKey, stampAt) || line.charCodeAt(stampAt + stampKey.length) !== TAB) return null;
    if (Math.max(stamp.mtimeMs, stamp.ctimeMs) >= this.horizonMs) return null;
    const read = decode(line, stampAt + stampKey.length + 1, path);
    if (read !== null) this.next.push(line);
    return read;
  }

  /**
   * The line of `key`: the one at the cursor, or one of the next few (files gone since). Lines
   * follow the listing, so a key not near the cursor is most often a new file, and the next key
   * is at the cursor again; only a second such key in a row (files moved or listed in another
   * order) pays for a map of every line.
   */
  private lineOf(key: string): string | undefined {
    const end = Math.min(this.lines.length, this.cursor + LOOK_AHEAD);
    for (let i = this.cursor; i < end; i++) {
      const line = this.lines[i]!;
      if (line.startsWith(key) && line.charCodeAt(key.length) === TAB) return this.at(i);
    }
    if (!this.strayed) {
      this.strayed = true;
      // Not in the cache, or further off: either way the file is read, which is always right.
      return this.byKey?.has(key) ? this.at(this.byKey.get(key)!) : undefined;
    }
    if (this.byKey === null) {
      this.byKey = new Map();
      for (let i = 0; i < this.lines.length; i++) this.byKey.set(this.lines[i]!.slice(0, this.lines[i]!.indexOf("\t")), i);
    }
    const i = this.byKey.get(key);
    return i === undefined ? undefined : this.at(i);
  }

  private at(i: number): string {
    this.cursor = i + 1;
    this.strayed = false;
    return this.lines[i]!;
  }

  /**
   * Record what was read from `path`, whose stamp was taken before its source was read, and the
   * source's key (`sourceKey`) when known.
   */
  remember(path: string, stamp: FileStamp, read: StaticRead, sourceKey: string | null = null): void {
    this.missed++;
    const key = keyOf(path);
    const fields = [key, stampText(stamp), asciiJson(read.docstring)];
    for (const name of NAMES) fields.push(encodeValue(read.exports.get(name)));
    fields.push(sourceKey !== null && /^[A-Za-z0-9+/=]+$/.test(sourceKey) ? sourceKey : "");
    this.next.push(fields.join("\t"));
  }

  /**
   * Write the entries looked up or remembered in this run (files gone since drop out); atomic.
   * A few files new, changed or gone since the cache was written are read again rather than
   * the whole cache rewritten for them: up to one in 64 (at 10,000 revisions, rewriting the
   * cache costs about as much as reading 150 files), so that `revision -m` after `revision -m`
   * does not rewrite it each time.
   */
  save(): void {
    const gone = Math.max(0, this.lines.length - this.found);
    if (this.loaded && this.missed + gone <= Math.floor(this.lines.length / 64)) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    let fd: number | null = null;
    try {
      mkdirSync(join(this.file, ".."), { recursive: true });
      fd = openSync(tmp, "w");
      let text = `${HEADER}\n`;
      for (const line of this.next) text += `${line}\n`;
      writeSync(fd, text, null, "latin1"); // ASCII: no UTF-8 encoding to do
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

function load(file: string): { lines: readonly string[]; horizonMs: number } | null {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const horizonMs = fstatSync(fd).mtimeMs;
    const text = readFileSync(fd, "latin1");
    if (!text.startsWith(`${HEADER}\n`) || !text.endsWith("\n")) return null;
    const lines = text.slice(HEADER.length + 1, -1).split("\n");
    // Each line holds a key and a stamp at least; an empty cache has none.
    if (lines.some((line) => line.indexOf("\t") <= 0)) return lines.length === 1 && lines[0] === "" ? { lines: [], horizonMs } : null;
    return { lines, horizonMs };
  } catch {
    return null; // unreadable: as if there were none
  } finally {
    closeSync(fd);
  }
}

const TAB = 9;
/** What is not printable ASCII, and the backslash that escapes it. */
const NOT_PLAIN = /[^\x20-\x5b\x5d-\x7e]/g;
const NOT_ASCII = /[^\x00-\x7e]/g;
const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** A path as the cache names it: itself when it is plain ASCII, else with \uXXXX escapes. */
const keyOf = (path: string): string => (/[^\x20-\x5b\x5d-\x7e]/.test(path) ? path.replace(NOT_PLAIN, escapeChar) : path);

/** JSON text in ASCII: JSON.parse reads the escapes back. */
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(NOT_ASCII, escapeChar);

function encodeValue(value: ReadValue | undefined): string {
  if (value === undefined) return "";
  return value === NOT_LITERAL ? "!" : asciiJson(value);
}

/** The entry's fields from `at` on, as read-identifiers.ts returns them; null when not well formed. */
function decode(line: string, at: number, path: string): StaticRead | null {
  const fields = line.slice(at).split("\t");
  if (fields.length !== 2 + NAMES.length) return null;
  const doc = fields[0]!;
  if (doc !== "null" && !(doc.length > 1 && doc.startsWith('"') && doc.endsWith('"'))) return null;
  const values: (ReadValue | undefined)[] = [];
  for (let i = 0; i < NAMES.length; i++) {
    const text = fields[i + 1]!;
    const value = text === "" ? undefined : text === "!" ? NOT_LITERAL : parseLiteral(text);
    if (value === undefined && text !== "") return null;
    values.push(value);
  }
  const sourceKey = fields[1 + NAMES.length]!;
  if (!/^[A-Za-z0-9+/=]*$/.test(sourceKey)) return null;
  return new CachedRead(values[0], values[1], values[2], values[3], doc, path, sourceKey === "" ? null : sourceKey);
}

/**
 * A cached read: one object per file, since a warm run holds 10,000 of them. Its docstring is
 * decoded when first asked for: `heads` never asks.
 */
class CachedRead implements StaticRead, ExportReader {
  private doc: string | null | undefined = undefined;

  constructor(
    private readonly revision: ReadValue | undefined,
    private readonly downRevision: ReadValue | undefined,
    private readonly branchLabels: ReadValue | undefined,
    private readonly dependsOn: ReadValue | undefined,
    private readonly docText: string,
    private readonly path: string,
    /** The transform cache's key of the source this was read from, if recorded. */
    readonly sourceKey: string | null,
  ) {}

  get exports(): ExportReader {
    return this;
  }

  get(name: string): ReadValue | undefined {
    switch (name) {
      case "revision":
        return this.revision;
      case "downRevision":
        return this.downRevision;
      case "branchLabels":
        return this.branchLabels;
      case "dependsOn":
        return this.dependsOn;
      default:
        return undefined;
    }
  }

  get docstring(): string | null {
    if (this.doc === undefined) {
      const parsed = this.docText === "null" ? null : parseJson(this.docText);
      // Not JSON after all (a damaged cache): the file says what it is.
      this.doc = parsed === null || typeof parsed === "string" ? parsed : leadingDocstring(readFileSync(this.path, "utf8"));
    }
    return this.doc;
  }
}

/** A cached literal: null, a string or an array of strings; undefined for anything else. */
function parseLiteral(text: string): ReadValue | undefined {
  // Most values are plain ids or null: no need for the JSON parser.
  if (text === "null") return null;
  if (text.charCodeAt(0) === 34 /* " */ && text.length > 1 && text.charCodeAt(text.length - 1) === 34 && !text.includes("\\") && text.indexOf('"', 1) === text.length - 1) {
    return text.slice(1, -1);
  }
  const value = parseJson(text);
  if (value === null || typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return Object.freeze(value as string[]);
  return undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
