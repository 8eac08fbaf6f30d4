import { closeSync, fstatSync, futimesSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";
import { cacheDir } from "../util/cache-dir.js";
import { cacheFileKey } from "../util/hash.js";
import { leadingDocstring, NOT_LITERAL, type CachedScript, type ExportReader, type Literal, type ReadValue, type StaticRead } from "./read-identifiers.js";

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
 * A warm run of a 10,000-revision history reads it on every command, so it is made to be cheap
 * to read: no JSON document to parse whole, no number to parse or print for a file that has not
 * changed, and an entry is decoded only once its stamp has matched. On disk:
 *
 *   HEADER SPACE count SPACE textLength LF
 *   count lines: path TAB docstring TAB revision TAB downRevision TAB branchLabels TAB dependsOn TAB sourceKey LF
 *   zero bytes up to a multiple of 8, then count stamps: size, mtimeMs, ctimeMs, ino (doubles, this machine's byte order)
 *
 * The docstring and each export are JSON text (null, a string, an array of strings); an export
 * that is not a literal is `!`, one the file does not have is empty. The text is ASCII (other
 * characters escaped, in paths too), so that it reads as Latin-1, without UTF-8 decoding. The
 * source key is the transform cache's key of the text that was read (transform-cache.ts): an
 * offline upgrade finds a file's type-stripped text by it without reading the file again. Lines
 * are in the order the files were looked up (the listing's), so a run finds each in turn.
 */

/** The first line's start; bump the number when the format or what read-identifiers.ts returns changes. */
const HEADER = "retort identifier cache 5";
const NAMES = ["revision", "downRevision", "branchLabels", "dependsOn"] as const;
/** How many lines past the cursor a lookup looks at before it counts as off course. */
const LOOK_AHEAD = 8;
/** Numbers per stamp in the stamp block. */
const STAMP = 4;

/**
 * The stat fields an entry is keyed by: any change means the file may have changed. Times in
 * milliseconds as Node's plain stat gives them (a double: a quarter of a microsecond apart at
 * today's dates), not its BigInt stat, which costs ten BigInts and four Dates a file. A `Stats`
 * is one.
 */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

export class IdentifierCache {
  private readonly file: string;
  /** The cached lines, undecoded, and their stamps; `cursor` is where the next lookup is expected. */
  private readonly lines: readonly string[];
  private readonly stamps: Float64Array;
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
  /**
   * The lines the next save writes, in lookup order (each file is looked up once a run), and
   * their stamps; a line of a file read this run is made when written.
   */
  private readonly next: (string | (() => string))[] = [];
  private readonly nextStamps: number[] = [];
  private readonly started = process.hrtime.bigint();
  private readonly loaded: boolean;
  /** Files whose line this run found (trusted or not), and files read, not taken from the cache. */
  private found = 0;
  private missed = 0;

  private constructor(file: string, loaded: Loaded | null) {
    this.file = file;
    this.lines = loaded?.lines ?? [];
    this.stamps = loaded?.stamps ?? new Float64Array(0);
    this.horizonMs = loaded?.horizonMs ?? 0;
    this.loaded = loaded !== null;
  }

  /** The cache of the script folder `scope`; opened before the first file is looked at. */
  static open(scope: string): IdentifierCache {
    const key = cacheFileKey(`${HEADER}\0${scope}`);
    const file = join(cacheDir(), "identifiers", `${key}.txt`);
    return new IdentifierCache(file, load(file));
  }

  /**
   * The cached read of the file `name` in `folder` (which ends in a separator) at `path` (the
   * two joined, as the caller has it: joining them again would make another copy to compare),
   * when its stamp matches and it is older than the recording run.
   */
  lookup(path: string, folder: string, name: string, stamp: FileStamp): StaticRead | null {
    const key = keyOf(path);
    const i = this.lineOf(key);
    if (i < 0) return null;
    this.found++;
    const s = this.stamps;
    const at = i * STAMP;
    if (s[at] !== stamp.size || s[at + 1] !== stamp.mtimeMs || s[at + 2] !== stamp.ctimeMs || s[at + 3] !== stamp.ino) return null;
    if (stamp.mtimeMs >= this.horizonMs || stamp.ctimeMs >= this.horizonMs) return null;
    const line = this.lines[i]!;
    const read = decode(line, key.length + 1, folder, name);
    if (read !== null) {
      this.next.push(line);
      this.nextStamps.push(s[at]!, s[at + 1]!, s[at + 2]!, s[at + 3]!);
    }
    return read;
  }

  /**
   * The position of the line of `key`, or -1: the one at the cursor, or one of the next few
   * (files gone since). Lines follow the listing, so a key not near the cursor is most often a
   * new file, and the next key is at the cursor again; only a second such key in a row (files
   * moved or listed in another order) pays for a map of every line.
   */
  private lineOf(key: string): number {
    const end = Math.min(this.lines.length, this.cursor + LOOK_AHEAD);
    for (let i = this.cursor; i < end; i++) {
      const line = this.lines[i]!;
      if (line.startsWith(key) && line.charCodeAt(key.length) === TAB) return this.at(i);
    }
    if (!this.strayed) {
      this.strayed = true;
      // Not in the cache, or further off: either way the file is read, which is always right.
      const i = this.byKey?.get(key);
      return i === undefined ? -1 : this.at(i);
    }
    if (this.byKey === null) {
      this.byKey = new Map();
      for (let i = 0; i < this.lines.length; i++) this.byKey.set(this.lines[i]!.slice(0, this.lines[i]!.indexOf("\t")), i);
    }
    const i = this.byKey.get(key);
    return i === undefined ? -1 : this.at(i);
  }

  private at(i: number): number {
    this.cursor = i + 1;
    this.strayed = false;
    return i;
  }

  /**
   * Record what was read from `path`, whose stamp was taken before its source was read, and the
   * source's key (`sourceKey`, asked for only if the cache is written: a few files read again
   * most often leave it as it is, and the key is a hash) when known.
   */
  remember(path: string, stamp: FileStamp, read: StaticRead, sourceKey: (() => string) | null = null): void {
    this.missed++;
    this.next.push(() => {
      const fields = [keyOf(path), asciiJson(read.docstring)];
      for (const name of NAMES) fields.push(encodeValue(read.exports.get(name)));
      const key = sourceKey?.() ?? "";
      fields.push(SOURCE_KEY.test(key) ? key : "");
      return fields.join("\t");
    });
    this.nextStamps.push(stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino);
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
      writeSync(fd, encode(this.next, this.nextStamps));
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

interface Loaded {
  readonly lines: readonly string[];
  readonly stamps: Float64Array;
  readonly horizonMs: number;
}

/** The first line as `encode` writes it: the header, the count of lines and the text's length. */
const HEAD_LINE = new RegExp(`^${HEADER} (\\d+) (\\d+)$`);

const align = (n: number): number => Math.ceil(n / 8) * 8;

/** The cache file's bytes: the header, the lines, and the stamp block (see the top of this file). */
function encode(lines: readonly (string | (() => string))[], stamps: readonly number[]): Buffer {
  let text = "";
  for (const line of lines) text += `${typeof line === "string" ? line : line()}\n`;
  const head = `${HEADER} ${lines.length} ${text.length}\n`;
  const at = align(head.length + text.length);
  const out = Buffer.alloc(at + stamps.length * 8);
  out.write(head + text, 0, "latin1"); // ASCII: no UTF-8 encoding to do
  new Float64Array(out.buffer, out.byteOffset + at, stamps.length).set(stamps);
  return out;
}

function load(file: string): Loaded | null {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const horizonMs = fstatSync(fd).mtimeMs;
    const bytes = readFileSync(fd);
    const headEnd = bytes.indexOf(10);
    const head = HEAD_LINE.exec(bytes.toString("latin1", 0, Math.max(0, headEnd)));
    if (head === null) return null;
    const count = Number(head[1]);
    const textEnd = headEnd + 1 + Number(head[2]);
    const at = align(textEnd);
    if (bytes.length !== at + count * STAMP * 8) return null;
    const text = bytes.toString("latin1", headEnd + 1, textEnd);
    const lines = count === 0 ? [] : text.slice(0, -1).split("\n");
    if (lines.length !== count || (count > 0 && !text.endsWith("\n"))) return null;
    // A Buffer read whole starts its own memory; a copy when it does not start on a double's boundary.
    const start = bytes.byteOffset + at;
    const stamps = start % 8 === 0 ? new Float64Array(bytes.buffer, start, count * STAMP) : new Float64Array(bytes.buffer.slice(start, start + count * STAMP * 8));
    return { lines, stamps, horizonMs };
  } catch {
    return null; // unreadable: as if there were none
  } finally {
    closeSync(fd);
  }
}

const TAB = 9;
const QUOTE = 34;
/** What is not printable ASCII, and the backslash that escapes it. */
const NOT_PLAIN = /[^\x20-\x5b\x5d-\x7e]/g;
const HAS_NOT_PLAIN = /[^\x20-\x5b\x5d-\x7e]/;
const NOT_ASCII = /[^\x00-\x7e]/g;
const SOURCE_KEY = /^[A-Za-z0-9+/=]+$/;
const escapeChar = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** A path as the cache names it: itself when it is plain ASCII, else with \uXXXX escapes. */
const keyOf = (path: string): string => (HAS_NOT_PLAIN.test(path) ? path.replace(NOT_PLAIN, escapeChar) : path);

/** JSON text in ASCII: JSON.parse reads the escapes back. */
const asciiJson = (value: unknown): string => JSON.stringify(value).replace(NOT_ASCII, escapeChar);

function encodeValue(value: ReadValue | undefined): string {
  if (value === undefined) return "";
  return value === NOT_LITERAL ? "!" : asciiJson(value);
}

/**
 * The entry's fields from `at` on, as read-identifiers.ts returns them; null when not well
 * formed. Found by their tabs rather than split apart: most fields are a short id or null,
 * read where they lie.
 */
function decode(line: string, at: number, folder: string, name: string): StaticRead | null {
  const docEnd = line.indexOf("\t", at);
  if (docEnd < 0) return null;
  const docIsNull = docEnd - at === 4 && line.startsWith("null", at);
  if (!docIsNull && !(docEnd - at > 1 && line.charCodeAt(at) === QUOTE && line.charCodeAt(docEnd - 1) === QUOTE)) return null;
  const values: (ReadValue | undefined)[] = [undefined, undefined, undefined, undefined];
  let literal = true;
  let from = docEnd + 1;
  for (let i = 0; i < NAMES.length; i++) {
    const to = line.indexOf("\t", from);
    if (to < 0) return null;
    if (to > from) {
      const value = line.charCodeAt(from) === 33 /* ! */ && to === from + 1 ? NOT_LITERAL : literalAt(line, from, to);
      if (value === undefined) return null;
      if (value === NOT_LITERAL) literal = false;
      values[i] = value;
    }
    from = to + 1;
  }
  if (line.indexOf("\t", from) >= 0) return null;
  // By index, not destructured: this runs once per file, mostly unoptimised, where destructuring
  // walks an iterator.
  const revision = values[0];
  if (literal && typeof revision === "string" && revision !== "") {
    return new CachedRevision(revision, literalIds(values[1]), literalIds(values[2]), literalIds(values[3]), line, docIsNull ? -1 : at, folder, name);
  }
  return new CachedRead(revision, values[1], values[2], values[3], literal, line, docIsNull ? -1 : at, folder, name);
}

/** A literal identifier export: a missing one reads as null, as the graph takes it. */
const literalIds = (v: ReadValue | undefined): Literal => (v === undefined ? null : (v as Literal));

/** The transform cache's key at the end of an entry's line, if it has one. */
function sourceKeyOf(line: string): string | null {
  const key = line.slice(line.lastIndexOf("\t") + 1);
  return SOURCE_KEY.test(key) ? key : null;
}

/** The docstring of an entry (its JSON text at `docAt`; -1: none), or the file's own where the cache holds it damaged. */
function docstringOf(line: string, docAt: number, path: string): string | null {
  const parsed = docAt < 0 ? null : parseJson(line.slice(docAt, line.indexOf("\t", docAt)));
  // Not JSON after all (a damaged cache): the file says what it is.
  return parsed === null || typeof parsed === "string" ? parsed : leadingDocstring(readFileSync(path, "utf8"));
}

/**
 * A cached read: one object per file, since a warm run holds 10,000 of them. Its docstring is
 * decoded when asked for (`heads` never asks) and its source key taken when used: until then
 * both stay in the entry's line, which the run holds anyway.
 */
class CachedRead implements StaticRead, ExportReader {
  constructor(
    readonly revision: ReadValue | undefined,
    readonly downRevision: ReadValue | undefined,
    readonly branchLabels: ReadValue | undefined,
    readonly dependsOn: ReadValue | undefined,
    readonly literal: boolean,
    private readonly line: string,
    private readonly docAt: number,
    /** Its folder (ending in a separator, shared by the folder's files) and its name: no path of its own. */
    private readonly folder: string,
    private readonly name: string,
  ) {}

  get path(): string {
    return this.folder + this.name;
  }

  get exports(): ExportReader {
    return this;
  }

  get sourceKey(): string | null {
    return sourceKeyOf(this.line);
  }

  get docstring(): string | null {
    return docstringOf(this.line, this.docAt, this.path);
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
}

/**
 * A cached read of literal identifiers with a revision id, which is the revision's Script
 * itself, frozen: 10,000 revisions need no second object each. A missing export reads as null,
 * as the graph takes it.
 */
class CachedRevision extends CachedRead implements CachedScript {
  declare readonly revision: string;
  declare readonly downRevision: Literal;
  declare readonly branchLabels: Literal;
  declare readonly dependsOn: Literal;

  constructor(revision: string, downRevision: Literal, branchLabels: Literal, dependsOn: Literal, line: string, docAt: number, folder: string, name: string) {
    super(revision, downRevision, branchLabels, dependsOn, true, line, docAt, folder, name);
    Object.freeze(this);
  }

  get script(): CachedScript {
    return this;
  }
}

/** A cached literal between `from` and `to`: null, a string or an array of strings; undefined for anything else. */
function literalAt(line: string, from: number, to: number): ReadValue | undefined {
  // Most values are plain ids or null: no need for the JSON parser.
  if (to - from === 4 && line.startsWith("null", from)) return null;
  if (line.charCodeAt(from) === QUOTE && to - from > 1 && line.indexOf('"', from + 1) === to - 1) {
    const backslash = line.indexOf("\\", from + 1);
    if (backslash < 0 || backslash >= to) return line.slice(from + 1, to - 1);
  }
  return parseLiteral(line.slice(from, to));
}

/** A cached literal's JSON text: null, a string or an array of strings; undefined for anything else. */
function parseLiteral(text: string): ReadValue | undefined {
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
