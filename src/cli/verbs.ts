import type { Config } from "../config/config.js";
import type { LintFormat } from "../lint/report.js";
import type { Severity } from "../lint/rule.js";

/** An option as parseArgs reads it, plus what `--help` says of it (the metavar defaults to the name in capitals). */
export type OptionSpec = {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
  readonly metavar?: string;
  readonly help: string;
};

/** A positional argument; `many` takes one or more values (`stamp REVS...`). */
export interface PositionalSpec {
  readonly name: string;
  readonly help: string;
  readonly many?: boolean;
  /** May be left out (`lint [range]`). */
  readonly optional?: boolean;
}

/**
 * One CLI verb: its arguments, options and the command it calls. Written by hand, in Alembic's
 * order. A verb imports its command's module when it runs, so that `--help` loads none of them
 * and a graph command loads no runtime.
 */
export interface Verb {
  readonly help: string;
  readonly positionals: readonly PositionalSpec[];
  readonly options: Readonly<Record<string, OptionSpec>>;
  run(config: Config, args: Args): Promise<unknown>;
}

export interface Args {
  readonly positionals: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
}

const str = (a: Args, k: string): string | undefined => a.values[k] as string | undefined;
const bool = (a: Args, k: string): boolean => a.values[k] === true;
const pos = (a: Args, k: string): string => a.positionals[k] as string;

const VERBOSE: OptionSpec = { type: "boolean", short: "v", help: "Use more verbose output" };
const SQL: OptionSpec = { type: "boolean", help: "Don't emit SQL to database - dump to standard output/file instead. See docs on offline mode." };
const REVISION: PositionalSpec = { name: "revision", help: "revision identifier" };
const REV: PositionalSpec = { name: "rev", help: "" };
const REVISIONS: PositionalSpec = { name: "revisions", help: "one or more revisions, or 'heads' for all heads", many: true };
const TAG: OptionSpec = { type: "string", help: "Arbitrary 'tag' name - can be used by custom env.ts scripts." };

export const VERBS: Readonly<Record<string, Verb>> = {
  branches: {
    help: "Show current branch points.",
    positionals: [],
    options: { verbose: VERBOSE },
    run: async (c, a) => (await import("../commands/inspect.js")).branches(c, { verbose: bool(a, "verbose") }),
  },
  check: {
    help: "Check if revision command with autogenerate has pending upgrade ops.",
    positionals: [],
    options: { json: { type: "boolean", help: "Print the differences as JSON on standard output (for CI)" } },
    run: async (c, a) => (await import("../commands/check.js")).check(c, { json: bool(a, "json") }),
  },
  current: {
    help: "Display the current revision for a database.",
    positionals: [],
    options: { verbose: VERBOSE },
    run: async (c, a) => (await import("../commands/current.js")).current(c, { verbose: bool(a, "verbose") }),
  },
  downgrade: {
    help: "Revert to a previous version.",
    positionals: [REVISION],
    options: { sql: SQL, tag: TAG },
    run: async (c, a) => (await import("../commands/migrate.js")).downgrade(c, pos(a, "revision"), { sql: bool(a, "sql"), tag: str(a, "tag") ?? null }),
  },
  edit: {
    help: "Edit revision script(s) using $EDITOR.",
    positionals: [REV],
    options: {},
    run: async (c, a) => (await import("../commands/edit.js")).edit(c, pos(a, "rev")),
  },
  ensure_version: {
    help: "Create the retort version table if it doesn't exist already.",
    positionals: [],
    options: { sql: SQL },
    run: async (c, a) => (await import("../commands/migrate.js")).ensureVersion(c, { sql: bool(a, "sql") }),
  },
  heads: {
    help: "Show current available heads in the script directory.",
    positionals: [],
    options: { verbose: VERBOSE, "resolve-dependencies": { type: "boolean", help: "Treat dependency versions as down revisions" } },
    run: async (c, a) => (await import("../commands/inspect.js")).heads(c, { verbose: bool(a, "verbose"), resolveDependencies: bool(a, "resolve-dependencies") }),
  },
  history: {
    help: "List changeset scripts in chronological order.",
    positionals: [],
    options: {
      "rev-range": { type: "string", short: "r", help: "Specify a revision range; format is [start]:[end]" },
      verbose: VERBOSE,
      "indicate-current": { type: "boolean", short: "i", help: "Indicate the current revision" },
    },
    run: async (c, a) => (await import("../commands/inspect.js")).history(c, { revRange: str(a, "rev-range") ?? null, verbose: bool(a, "verbose"), indicateCurrent: bool(a, "indicate-current") }),
  },
  init: {
    help: "Initialize a new scripts directory.",
    positionals: [{ name: "directory", help: "location of scripts directory" }],
    options: {
      template: { type: "string", short: "t", help: "Setup template for use with 'init' (default: embedded)" },
      package: { type: "boolean", help: "Write empty __init__.py files to the environment and version locations (accepted; nothing to do in TypeScript)" },
    },
    run: async (c, a) => (await import("../commands/init.js")).init(c, pos(a, "directory"), { template: str(a, "template") }),
  },
  list_templates: {
    help: "List available templates.",
    positionals: [],
    options: {},
    run: async (c) => (await import("../commands/init.js")).listTemplates(c),
  },
  lint: {
    help:
      "Check migrations for operations that lock or rewrite busy tables, or break the running release, without running them. " +
      "Each revision's upgrade() runs offline; no database is changed. Without a range, lints the revisions the ini URL's " +
      "database does not have yet; when that database cannot be read (or with --all), every revision. Rules can be switched off " +
      "in the ini (lint_disable = a, b), per revision (export const lintDisable = [...] or a // retort-lint-disable a comment) " +
      "and per op (// retort-lint-disable-line a).",
    positionals: [{ name: "range", help: "a revision, or [start]:[end] (after start, up to end)", optional: true }],
    options: {
      all: { type: "boolean", help: "Lint every revision, whatever the database has" },
      format: { type: "string", metavar: "FORMAT", help: "Output format: text (default), json or github (annotations)" },
      "fail-on": { type: "string", metavar: "SEVERITY", help: "Exit 1 when a finding at or above this severity exists: error (default), warning or info" },
      dialect: { type: "string", metavar: "NAME", help: "Judge for this dialect instead of the ini URL's (postgresql, mysql, mariadb, sqlite)" },
      trace: { type: "boolean", help: "Also run the revisions on a throwaway database and report, per statement, the locks it took, whether it rewrote a table, and how long it ran and held its locks (PostgreSQL and PGlite)" },
      url: { type: "string", metavar: "URL", help: "Where --trace runs: pglite:// (default, in memory) or a PostgreSQL server URL, on which a scratch database is created and dropped" },
    },
    run: async (c, a) =>
      (await import("../commands/lint.js")).lint(c, {
        range: (a.positionals["range"] as string | undefined) ?? null,
        all: bool(a, "all"),
        format: (str(a, "format") ?? "text") as LintFormat,
        failOn: (str(a, "fail-on") ?? "error") as Severity,
        dialect: str(a, "dialect") ?? null,
        trace: bool(a, "trace"),
        url: str(a, "url") ?? null,
        log: (text) => void process.stderr.write(text),
      }),
  },
  merge: {
    help: "Merge two revisions together. Creates a new migration file.",
    positionals: [REVISIONS],
    options: {
      message: { type: "string", short: "m", help: "Message string to use with 'revision'" },
      "branch-label": { type: "string", help: "Specify a branch label to apply to the new revision" },
      "rev-id": { type: "string", help: "Specify a hardcoded revision id instead of generating one" },
    },
    run: async (c, a) =>
      (await import("../commands/merge.js")).merge(c, a.positionals["revisions"] as readonly string[], { message: str(a, "message") ?? null, branchLabel: str(a, "branch-label") ?? null, revId: str(a, "rev-id") ?? null }),
  },
  revision: {
    help: "Create a new revision file.",
    positionals: [],
    options: {
      message: { type: "string", short: "m", help: "Message string to use with 'revision'" },
      autogenerate: { type: "boolean", help: "Populate revision script with candidate migration operations, based on comparison of database to model." },
      sql: SQL,
      head: { type: "string", help: "Specify head revision or <branchname>@head to base new revision on." },
      splice: { type: "boolean", help: "Allow a non-head revision as the 'head' to splice onto" },
      "branch-label": { type: "string", help: "Specify a branch label to apply to the new revision" },
      "version-path": { type: "string", help: "Specify specific path from config for version file" },
      "rev-id": { type: "string", help: "Specify a hardcoded revision id instead of generating one" },
      "depends-on": { type: "string", multiple: true, help: "Specify one or more revision identifiers which this revision should depend on." },
      "rename-hints": { type: "boolean", help: "With --autogenerate, propose a column rename where one column of a table disappeared and one of the same type appeared (default: drop and add)." },
    },
    run: async (c, a) =>
      (await import("../commands/revision.js")).revision(c, {
        renameHints: bool(a, "rename-hints"),
        message: str(a, "message") ?? null,
        autogenerate: bool(a, "autogenerate"),
        sql: bool(a, "sql"),
        head: str(a, "head") ?? "head",
        splice: bool(a, "splice"),
        branchLabel: str(a, "branch-label") ?? null,
        versionPath: str(a, "version-path") ?? null,
        revId: str(a, "rev-id") ?? null,
        dependsOn: (a.values["depends-on"] as string[] | undefined) ?? null,
      }),
  },
  show: {
    help: "Show the revision(s) denoted by the given symbol.",
    positionals: [REV],
    options: {},
    run: async (c, a) => (await import("../commands/inspect.js")).show(c, pos(a, "rev")),
  },
  stamp: {
    help: "'stamp' the revision table with the given revision; don't run any migrations.",
    positionals: [REVISIONS],
    options: { sql: SQL, tag: TAG, purge: { type: "boolean", help: "Unconditionally erase the version table before stamping" } },
    run: async (c, a) => (await import("../commands/migrate.js")).stamp(c, a.positionals["revisions"] as readonly string[], { sql: bool(a, "sql"), tag: str(a, "tag") ?? null, purge: bool(a, "purge") }),
  },
  test: {
    help:
      "Test the migrations on a new database: a single head, upgrade from base one revision at a time, the stairway " +
      "(upgrade, downgrade, upgrade each revision; the catalog after each downgrade must equal the one before its upgrade) " +
      "and downgrade to base; then the model match: env.ts runs as for check, on a new database at head, and " +
      "autogenerate must find nothing (skipped when env.ts gives no targetMetadata).",
    positionals: [],
    options: {
      url: { type: "string", metavar: "URL", help: "Where to test: pglite:// (default, in memory), sqlite:// (in memory), or a PostgreSQL server URL, on which a scratch database is created and dropped" },
      heads: { type: "string", metavar: "HEADS", help: "The heads the history is meant to have, comma-separated (default: exactly one)" },
    },
    run: async (c, a) => (await import("../commands/test.js")).test(c, { url: str(a, "url") ?? null, heads: str(a, "heads")?.split(",").map((h) => h.trim()).filter((h) => h !== "") ?? null }),
  },
  upgrade: {
    help: "Upgrade to a later version.",
    positionals: [REVISION],
    options: { sql: SQL, tag: TAG },
    run: async (c, a) => (await import("../commands/migrate.js")).upgrade(c, pos(a, "revision"), { sql: bool(a, "sql"), tag: str(a, "tag") ?? null }),
  },
  verify: {
    help: "Name every applied revision whose file changed or vanished since it was applied.",
    positionals: [],
    options: {},
    run: async (c) => (await import("../commands/verify.js")).verify(c),
  },
};
