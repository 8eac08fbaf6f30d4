import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, normalize, resolve, sep } from "node:path";
import type { Config } from "../config/config.js";
import { fail } from "../util/errors.js";
import { pyFormat } from "../util/pyformat.js";
import { lazyRevisionMap } from "./graph/revision-map.js";
import type { RevisionMap } from "./graph/types.js";
import { IdentifierCache } from "./identifier-cache.js";
import { NOT_LITERAL, readIdentifiers, type CachedScript, type ReadValue, type StaticRead } from "./read-identifiers.js";
import { sourceKey } from "./transform-cache.js";
import type { Script } from "./script.js";
import { renderTemplate } from "./template.js";
import { fileChecksum, sourceChecksum } from "./source-checksum.js";
import { formatCreateDate } from "./create-date.js";
import { escapeCommentText } from "./doc-comment.js";
import { asBool } from "../util/as-bool.js";

/** The loader of user TypeScript, needed only where a file must run: the graph commands go without it. */
const importScripts: typeof import("./load-scripts.js").importScripts = async (...args) => (await import("./load-scripts.js")).importScripts(...args);

const DEFAULT_FILE_TEMPLATE = "%(rev)s_%(slug)s";
const IDENTIFIERS = ["revision", "downRevision", "branchLabels", "dependsOn"] as const;

export interface ScriptDirectoryOptions {
  readonly dir: string;
  readonly versionLocations: readonly string[] | null;
  readonly fileTemplate: string;
  readonly truncateSlugLength: number;
  readonly timezone: string | null;
  readonly recursiveVersionLocations: boolean;
}

/** The migration environment folder: env.ts, the template and the revision files (Alembic's ScriptDirectory). */
export class ScriptDirectory {
  readonly dir: string;
  readonly options: ScriptDirectoryOptions;
  private mapCache: RevisionMap<Script> | null = null;
  private readonly modules = new Map<string, Record<string, unknown>>();
  /** Sources read for the graph, kept so a run that imports the files does not read them twice. */
  private readonly sources = new Map<string, string>();
  /**
   * The revision files as the graph last read them: a file the identifier cache showed unchanged
   * carries its source key (transform-cache.ts), looked at only when a command imports revisions
   * (a warm `heads` of 10,000 imports none).
   */
  private scripts: readonly CachedScript[] = [];
  /** The checksum of each imported file's text, as the import found it. */
  private readonly checksums = new Map<string, string>();

  private constructor(options: ScriptDirectoryOptions) {
    this.options = options;
    this.dir = options.dir;
  }

  static fromConfig(config: Config): ScriptDirectory {
    const location = config.getMainOption("script_location");
    if (location === null) fail("No 'script_location' key found in configuration.");
    const base = config.configFileName ? dirname(resolve(config.configFileName)) : process.cwd();
    const dir = isAbsolute(location) ? location : resolve(base, location);
    if (!existsSync(dir)) fail(`Path doesn't exist: '${dir}'.  Please use the 'init' command to create a new scripts folder.`);
    const tsl = config.getMainOption("truncate_slug_length");
    return new ScriptDirectory({
      dir,
      versionLocations: splitVersionLocations(config, base),
      fileTemplate: config.getMainOption("file_template", DEFAULT_FILE_TEMPLATE),
      truncateSlugLength: tsl === null ? 40 : Number.parseInt(tsl, 10),
      timezone: config.getMainOption("timezone") || null,
      recursiveVersionLocations: asBool(config.getMainOption("recursive_version_locations")),
    });
  }

  get versions(): string {
    return join(this.dir, "versions");
  }

  get versionLocations(): readonly string[] {
    return this.options.versionLocations ?? [this.versions];
  }

  get envPath(): string {
    return join(this.dir, "env.ts");
  }

  /**
   * Revision files in read order: folder by folder in version_locations order, sorted names
   * within. Each is its folder (ending in a separator, one string per folder) and its name, so
   * that 10,000 revisions do not keep 10,000 full paths: a path is joined where it is used.
   */
  listRevisionFiles(): RevisionFiles {
    const files: RevisionFiles = { folders: [], names: [] };
    for (const location of this.versionLocations) {
      if (existsSync(location)) listFolder(location, this.options.recursiveVersionLocations, files);
    }
    return files;
  }

  /** Build the revision graph once, reading identifiers statically and importing only files that need it. */
  async revisionMap(): Promise<RevisionMap<Script>> {
    if (this.mapCache === null) {
      this.mapCache = lazyRevisionMap(await this.loadScripts());
    }
    return this.mapCache;
  }

  private async loadScripts(): Promise<Script[]> {
    const cache = IdentifierCache.open(this.dir);
    const { folders, names } = this.listRevisionFiles();
    const count = names.length;
    const reads: StaticRead[] = new Array(count);
    const needImport: string[] = [];
    for (let i = 0; i < count; i++) {
      const path = folders[i]! + names[i]!;
      // The stamp is taken before the source is read: a change in between shows at the next run.
      const stamp = statSync(path);
      const cached = cache.lookup(path, folders[i]!, names[i]!, stamp);
      if (cached !== null) {
        reads[i] = cached;
      } else {
        const source = readFileSync(path, "utf8");
        this.sources.set(path, source);
        reads[i] = readIdentifiers(source);
        cache.remember(path, stamp, reads[i]!, () => sourceKey(source));
      }
      if (!reads[i]!.literal) needImport.push(path);
    }
    cache.save();
    const imported = new Map<string, Record<string, unknown>>();
    if (needImport.length > 0) {
      const modules = await importScripts(needImport, this.sources);
      needImport.forEach((path, i) => imported.set(path, modules[i] ?? {}));
    }
    const scripts: CachedScript[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const read = reads[i]!;
      if (read.script !== undefined) {
        scripts[i] = read.script;
        continue;
      }
      const folder = folders[i]!;
      const name = names[i]!;
      const module = read.literal ? undefined : imported.get(folder + name);
      const revision = valueOf(read, module, "revision");
      if (typeof revision !== "string" || revision === "") {
        fail(`Could not determine revision id from file ${folder + name}. Be sure the 'revision' variable is exported from the script.`);
      }
      const down = asIds(valueOf(read, module, "downRevision"), folder, name, "downRevision");
      const labels = asIds(valueOf(read, module, "branchLabels"), folder, name, "branchLabels");
      const dependsOn = asIds(valueOf(read, module, "dependsOn"), folder, name, "dependsOn");
      const script = new RevisionScript(revision, down, labels, dependsOn, folder, name, read);
      Object.freeze(script);
      scripts[i] = script;
    }
    this.scripts = scripts;
    return scripts;
  }

  /**
   * The checksum (source-checksum.ts) of a revision file as it was imported, or as it is now if
   * it was not; null when it cannot be read.
   */
  checksumOf(path: string): string | null {
    const imported = this.checksums.get(path);
    if (imported !== undefined) return imported;
    const source = this.sources.get(path);
    return source === undefined ? fileChecksum(path) : sourceChecksum(source);
  }

  /**
   * Import revision modules (those not yet imported) in one build; results in the given order. A
   * file the identifier cache showed unchanged is not read again when its type-stripped text is
   * cached (and its checksum, unless `checksums: false`: offline runs keep none).
   */
  async importRevisions(scripts: readonly Script[], o: { readonly checksums?: boolean } = {}): Promise<Record<string, unknown>[]> {
    const missing = [...new Set(scripts.map((s) => s.path).filter((p) => !this.modules.has(p)))];
    const unchanged = new Map<string, string>();
    for (const s of this.scripts) {
      const key = s.sourceKey;
      if (key !== null) unchanged.set(s.path, key);
    }
    const loaded = await importScripts(missing, this.sources, unchanged, o.checksums === false ? undefined : this.checksums);
    missing.forEach((path, i) => this.modules.set(path, loaded[i] ?? {}));
    return scripts.map((s) => this.modules.get(s.path) ?? {});
  }

  /** Write a new revision file from script.ts.tmpl (Alembic's `_generate_template`). */
  writeRevisionFile(
    versionPath: string,
    values: { revId: string; message: string | null; downRevision: string | readonly string[] | null; branchLabels: readonly string[] | null; dependsOn: string | readonly string[] | null; createDate: Date; extra?: Readonly<Record<string, string>> },
  ): string {
    const templatePath = join(this.dir, "script.ts.tmpl");
    if (!existsSync(templatePath)) fail(`No template file found at ${templatePath}`);
    const path = this.revisionPath(versionPath, values.revId, values.message, values.createDate);
    const text = renderTemplate(readFileSync(templatePath, "utf8"), {
      upRevision: values.revId,
      downRevision: values.downRevision,
      branchLabels: values.branchLabels,
      dependsOn: values.dependsOn,
      createDate: formatCreateDate(values.createDate, this.options.timezone),
      message: escapeCommentText(values.message ?? "empty message"),
      imports: "",
      upgrades: "",
      downgrades: "",
      ...values.extra,
    });
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    this.mapCache = null;
    return path;
  }

  /** The version folder a path names, or a failure when it is not one of version_locations. */
  checkVersionPath(versionPath: string): string {
    const wanted = normalize(resolve(versionPath));
    if (!this.versionLocations.some((v) => normalize(resolve(v)) === wanted)) {
      fail(`Path ${versionPath} is not represented in current version locations`);
    }
    return wanted;
  }

  revisionPath(versionPath: string, revId: string, message: string | null, date: Date): string {
    let slug = (message ?? "").match(/[\p{L}\p{N}_]+/gu)?.join("_").toLowerCase() ?? "";
    if (slug.length > this.options.truncateSlugLength) {
      const cut = slug.slice(0, this.options.truncateSlugLength);
      slug = cut.slice(0, cut.lastIndexOf("_") < 0 ? cut.length : cut.lastIndexOf("_")) + "_";
    }
    const name = pyFormat(this.options.fileTemplate, {
      rev: revId,
      slug,
      epoch: Math.floor(date.getTime() / 1000),
      year: date.getFullYear(),
      month: date.getMonth() + 1,
      day: date.getDate(),
      hour: date.getHours(),
      minute: date.getMinutes(),
      second: date.getSeconds(),
    });
    return join(versionPath, `${name}.ts`);
  }
}

/** A revision file's identifiers; its docstring is taken from the read when first asked for. */
class RevisionScript implements CachedScript {
  constructor(
    readonly revision: string,
    readonly downRevision: string | readonly string[] | null,
    readonly branchLabels: string | readonly string[] | null,
    readonly dependsOn: string | readonly string[] | null,
    /** Its folder, ending in a separator (one string that all the folder's files share), and its name. */
    private readonly folder: string,
    private readonly name: string,
    private readonly read: StaticRead,
  ) {}

  get path(): string {
    return this.folder + this.name;
  }

  get docstring(): string | null {
    return this.read.docstring;
  }

  /** The transform cache's key of the source, when the identifier cache showed the file unchanged. */
  get sourceKey(): string | null {
    return this.read.sourceKey ?? null;
  }
}

/** Revision files as folders (each ending in a separator) and names, position by position. */
interface RevisionFiles {
  readonly folders: string[];
  readonly names: string[];
}

function listFolder(folder: string, recursive: boolean, into: RevisionFiles): void {
  // Names joined by hand: path.join normalises every result, a measurable cost at 10,000 files.
  const dir = normalize(folder);
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  const names = readdirSync(dir).sort();
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (recursive && statSync(prefix + name).isDirectory()) listFolder(prefix + name, true, into);
    else if (isRevisionFileName(name)) {
      into.folders.push(prefix);
      into.names.push(name);
    }
  }
}

/** A name ending in .ts or .mts, not a declaration file (.d.ts, .d.mts) and not hidden. */
const REVISION_FILE_NAME = /^[^.](?:.*(?<!\.d))?\.m?ts$/s;

function isRevisionFileName(name: string): boolean {
  return REVISION_FILE_NAME.test(name);
}

/** An identifier export's value: as the file spells it, or as its module has it when it is not a literal. */
function valueOf(read: StaticRead, module: Record<string, unknown> | undefined, name: (typeof IDENTIFIERS)[number]): ReadValue | undefined {
  const found = read.exports.get(name);
  return found === NOT_LITERAL ? (module?.[name] as ReadValue | undefined) : found;
}

function asIds(value: ReadValue | undefined, folder: string, file: string, name: string): string | readonly string[] | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return Object.isFrozen(value) ? value : Object.freeze([...value]);
  fail(`${folder + file}: '${name}' must be a string, an array of strings, or null`);
}

const SEPARATORS: Readonly<Record<string, string>> = { space: " ", os: ":", ":": ":", ";": ";" };

function splitVersionLocations(config: Config, base: string): string[] | null {
  const text = config.getMainOption("version_locations");
  if (!text) return null;
  const sepOption = config.getMainOption("version_path_separator");
  let parts: string[];
  if (sepOption === null) {
    parts = text.split(/[\s,]+/); // the legacy split, as Alembic keeps for ini files without the key
  } else {
    // The generated ini writes `os  # comment`; ConfigParser keeps inline comments, we drop them.
    const key = sepOption.replace(/\s+#.*$/, "").trim();
    const sep = SEPARATORS[key];
    if (sep === undefined) fail(`'${sepOption}' is not a valid value for version_path_separator; expected 'space', 'os', ':', ';'`);
    parts = text.split(sep);
  }
  return parts.filter((p) => p.trim() !== "").map((p) => resolve(base, p.trim()));
}
