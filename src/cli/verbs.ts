import type { Config } from "../config/config.js";
import * as command from "../commands/command.js";

type OptionSpec = { readonly type: "string" | "boolean"; readonly short?: string; readonly multiple?: boolean; readonly help: string };

/** One CLI verb: its arguments, options and the command it calls. Written by hand, in Alembic's order. */
export interface Verb {
  readonly help: string;
  /** Positional names; a trailing `...` takes the rest (`stamp REVS...`), a `?` is optional. */
  readonly positionals: readonly string[];
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
const TAG: OptionSpec = { type: "string", help: "Arbitrary 'tag' name - can be used by custom env.ts scripts." };

export const VERBS: Readonly<Record<string, Verb>> = {
  branches: {
    help: "Show current branch points.",
    positionals: [],
    options: { verbose: VERBOSE },
    run: (c, a) => command.branches(c, { verbose: bool(a, "verbose") }),
  },
  check: {
    help: "Check if revision command with autogenerate has pending upgrade ops.",
    positionals: [],
    options: {},
    run: (c) => command.check(c),
  },
  current: {
    help: "Display the current revision for a database.",
    positionals: [],
    options: { verbose: VERBOSE },
    run: (c, a) => command.current(c, { verbose: bool(a, "verbose") }),
  },
  downgrade: {
    help: "Revert to a previous version.",
    positionals: ["revision"],
    options: { sql: SQL, tag: TAG },
    run: (c, a) => command.downgrade(c, pos(a, "revision"), { sql: bool(a, "sql"), tag: str(a, "tag") ?? null }),
  },
  edit: {
    help: "Edit revision script(s) using $EDITOR.",
    positionals: ["rev"],
    options: {},
    run: (c, a) => command.edit(c, pos(a, "rev")),
  },
  ensure_version: {
    help: "Create the alembic version table if it doesn't exist already .",
    positionals: [],
    options: { sql: SQL },
    run: (c, a) => command.ensureVersion(c, { sql: bool(a, "sql") }),
  },
  heads: {
    help: "Show current available heads in the script directory.",
    positionals: [],
    options: { verbose: VERBOSE, "resolve-dependencies": { type: "boolean", help: "Treat dependency versions as down revisions" } },
    run: (c, a) => command.heads(c, { verbose: bool(a, "verbose"), resolveDependencies: bool(a, "resolve-dependencies") }),
  },
  history: {
    help: "List changeset scripts in chronological order.",
    positionals: [],
    options: {
      "rev-range": { type: "string", short: "r", help: "Specify a revision range; format is [start]:[end]" },
      verbose: VERBOSE,
      "indicate-current": { type: "boolean", short: "i", help: "Indicate the current revision" },
    },
    run: (c, a) => command.history(c, { revRange: str(a, "rev-range") ?? null, verbose: bool(a, "verbose"), indicateCurrent: bool(a, "indicate-current") }),
  },
  init: {
    help: "Initialize a new scripts directory.",
    positionals: ["directory"],
    options: {
      template: { type: "string", short: "t", help: "Setup template for use with 'init' (default: embedded)" },
      package: { type: "boolean", help: "Write empty __init__.py files to the environment and version locations (accepted; nothing to do in TypeScript)" },
    },
    run: (c, a) => command.init(c, pos(a, "directory"), { template: str(a, "template") }),
  },
  list_templates: {
    help: "List available templates.",
    positionals: [],
    options: {},
    run: (c) => command.listTemplates(c),
  },
  merge: {
    help: "Merge two revisions together.  Creates a new migration file.",
    positionals: ["revisions..."],
    options: {
      message: { type: "string", short: "m", help: "Message string to use with 'revision'" },
      "branch-label": { type: "string", help: "Specify a branch label to apply to the new revision" },
      "rev-id": { type: "string", help: "Specify a hardcoded revision id instead of generating one" },
    },
    run: (c, a) =>
      command.merge(c, a.positionals["revisions"] as readonly string[], { message: str(a, "message") ?? null, branchLabel: str(a, "branch-label") ?? null, revId: str(a, "rev-id") ?? null }),
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
    },
    run: (c, a) =>
      command.revision(c, {
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
    positionals: ["rev"],
    options: {},
    run: (c, a) => command.show(c, pos(a, "rev")),
  },
  stamp: {
    help: "'stamp' the revision table with the given revision; don't run any migrations.",
    positionals: ["revisions..."],
    options: { sql: SQL, tag: TAG, purge: { type: "boolean", help: "Unconditionally erase the version table before stamping" } },
    run: (c, a) => command.stamp(c, a.positionals["revisions"] as readonly string[], { sql: bool(a, "sql"), tag: str(a, "tag") ?? null, purge: bool(a, "purge") }),
  },
  upgrade: {
    help: "Upgrade to a later version.",
    positionals: ["revision"],
    options: { sql: SQL, tag: TAG },
    run: (c, a) => command.upgrade(c, pos(a, "revision"), { sql: bool(a, "sql"), tag: str(a, "tag") ?? null }),
  },
};
