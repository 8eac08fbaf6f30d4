import { closeSync, openSync, readSync } from "node:fs";
import { dirname } from "node:path";
import type { Config } from "../config/config.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { withRevisionErrors } from "../script/graph/errors.js";
import { planNewRevision } from "../script/graph/new-revision.js";
import { fail } from "../util/errors.js";
import { asBool } from "../util/as-bool.js";
import { builtin } from "../util/builtin.js";
import type { ProcessRevisionDirectives } from "../autogenerate/directives.js";
import { runPostWriteHooks } from "../script/write-hooks.js";

/** env.ts runs only where the command needs it, and only then is the runtime loaded. */
const runEnv: typeof import("./run-env.js").runEnv = async (...args) => (await import("./run-env.js")).runEnv(...args);

export interface RevisionOptions {
  readonly message?: string | null;
  readonly autogenerate?: boolean;
  readonly sql?: boolean;
  readonly head?: string;
  readonly splice?: boolean;
  readonly branchLabel?: string | readonly string[] | null;
  readonly versionPath?: string | null;
  readonly revId?: string | null;
  readonly dependsOn?: string | readonly string[] | null;
  /** `--rename-hints`: autogenerate proposes a rename for a dropped and an added column of one type. */
  readonly renameHints?: boolean;
  /** Applied to the directives before configure()'s own hook, as command.revision(process_revision_directives=). */
  readonly processRevisionDirectives?: ProcessRevisionDirectives | null;
}

/**
 * `retort revision`: write a new revision file. Resolves to the path written, or (as Alembic's
 * command.revision) to the list of paths when processRevisionDirectives left several or none.
 */
export async function revision(config: Config, options: RevisionOptions = {}): Promise<string | string[]> {
  const script = ScriptDirectory.fromConfig(config);
  let environment = asBool(config.getMainOption("revision_environment"));
  const args = {
    revId: options.revId ?? newRevisionId(),
    message: options.message ?? null,
    head: options.head ?? "head",
    splice: options.splice ?? false,
    branchLabel: options.branchLabel ?? null,
    versionPath: options.versionPath ?? null,
    dependsOn: options.dependsOn ?? null,
  };
  if (!options.autogenerate && !environment) {
    if (options.sql) fail("Using --sql with the revision command when revision_environment is not configured does not make any sense");
    // No env.ts to run, so nothing can change the script: written from the options, without
    // loading autogenerate and the runtime (a new revision is a graph command).
    return generateRevision(script, { ...args, branchLabels: toList(args.branchLabel), dependsOn: toList(args.dependsOn), config });
  }
  const { RevisionContext } = await import("../autogenerate/revision-context.js");
  const ctx = new RevisionContext(args, { processRevisionDirectives: options.processRevisionDirectives ?? null, renameHints: options.renameHints ?? false });
  if (options.autogenerate) {
    environment = true;
    if (options.sql) fail("Using --sql with --autogenerate does not make any sense");
    await runEnv(config, script, { fn: ctx.fn(true) });
  } else if (options.sql && !environment) {
    fail("Using --sql with the revision command when revision_environment is not configured does not make any sense");
  } else if (environment) {
    await runEnv(config, script, { fn: ctx.fn(false), asSql: options.sql ?? false });
  }
  const paths: string[] = [];
  for (const s of ctx.generatedRevisions) {
    paths.push(await generateRevision(script, {
      revId: s.revId,
      message: s.message,
      head: s.head,
      splice: s.splice,
      branchLabels: toList(s.branchLabel),
      versionPath: s.versionPath,
      dependsOn: toList(s.dependsOn),
      config,
      extra: ctx.templateValues(s),
    }));
  }
  return paths.length === 1 ? paths[0]! : paths;
}

/** Twelve lowercase hex characters, as Alembic's `uuid4().hex[-12:]`: 48 random bits. */
export function newRevisionId(): string {
  return randomBytes(6).toString("hex");
}

/**
 * `n` bytes from the system's random source: /dev/urandom where there is one, else node:crypto,
 * which a command would otherwise load for these few bytes alone (with the thirty modules it
 * brings, about 3 ms).
 */
function randomBytes(n: number): Buffer {
  const bytes = Buffer.alloc(n);
  let fd: number | null = null;
  try {
    fd = openSync("/dev/urandom", "r");
    if (readSync(fd, bytes, 0, n, null) === n) return bytes;
  } catch {
    // no such device (Windows)
  } finally {
    if (fd !== null) closeSync(fd);
  }
  return builtin<typeof import("node:crypto")>("node:crypto").randomBytes(n);
}

export interface GenerateOptions {
  readonly revId: string;
  readonly message: string | null;
  readonly head: string | readonly string[];
  readonly splice: boolean;
  readonly branchLabels: readonly string[] | null;
  readonly versionPath: string | null;
  readonly dependsOn: readonly string[] | null;
  readonly config: Config;
  /** Template values besides the identifiers (autogenerate's bodies and imports). */
  readonly extra?: Readonly<Record<string, string>>;
}

/** Alembic's ScriptDirectory.generate_revision: check the parents, pick the folder, write the file. */
export async function generateRevision(script: ScriptDirectory, o: GenerateOptions): Promise<string> {
  const map = await script.revisionMap();
  const plan = withRevisionErrors({}, () =>
    planNewRevision(map, { revId: o.revId, head: o.head, splice: o.splice, dependsOn: o.dependsOn, branchLabels: o.branchLabels }),
  );
  let versionPath = o.versionPath;
  if (versionPath === null) {
    if (script.versionLocations.length > 1) {
      // With several folders, a revision goes beside its first parent; a new base must say where.
      const first = plan.parents[0];
      if (!first) fail("Multiple version locations present, please specify --version-path");
      versionPath = dirname(first.script.path);
    } else {
      versionPath = script.versions;
    }
  }
  const path = script.writeRevisionFile(script.checkVersionPath(versionPath), {
    revId: o.revId,
    message: o.message,
    downRevision: plan.downRevision,
    branchLabels: plan.branchLabels.length > 0 ? plan.branchLabels : null,
    dependsOn: plan.dependsOn,
    createDate: new Date(),
    extra: { ...engineTemplateValues(o.config), ...o.extra },
  });
  o.config.print(`Generating ${path} ...  done`);
  runPostWriteHooks(path, o.config);
  return path;
}

/**
 * The multidb template writes one upgrade/downgrade pair per engine named in `databases`
 * (Alembic's mako template loops over the same option).
 */
function engineTemplateValues(config: Config): Record<string, string> {
  const names = (config.getMainOption("databases") ?? "").split(",").map((n) => n.trim()).filter(Boolean);
  const functions = names
    .map((n) => `export async function upgrade_${n}(): Promise<void> {\n}\n\nexport async function downgrade_${n}(): Promise<void> {\n}\n`)
    .join("\n");
  const table = names.map((n) => `  ${n}: { upgrade: upgrade_${n}, downgrade: downgrade_${n} },`).join("\n");
  return { engineFunctions: functions, engineTable: table };
}

function toList(value: string | readonly string[] | null | undefined): readonly string[] | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? [value] : value;
}
