import { randomUUID } from "node:crypto";
import { dirname } from "node:path";
import type { Config } from "../config/config.js";
import { ScriptDirectory } from "../script/script-directory.js";
import type { RevisionMap, RevisionNode } from "../script/graph/types.js";
import type { Script } from "../script/script.js";
import { fail } from "../util/errors.js";
import { runEnv } from "./run-env.js";

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
}

/** `retort revision`: write a new revision file. Resolves to the path written. */
export async function revision(config: Config, options: RevisionOptions = {}): Promise<string> {
  const script = ScriptDirectory.fromConfig(config);
  const environment = asBool(config.getMainOption("revision_environment"));
  if (options.autogenerate) {
    if (options.sql) fail("Using --sql with --autogenerate does not make any sense");
    fail("--autogenerate is not available in this version of Retort");
  }
  if (options.sql && !environment) {
    fail("Using --sql with the revision command when revision_environment is not configured does not make any sense");
  }
  if (environment) await runEnv(config, script, { fn: async () => [], asSql: options.sql ?? false });
  return generateRevision(script, {
    revId: options.revId ?? newRevisionId(),
    message: options.message ?? null,
    head: options.head ?? "head",
    splice: options.splice ?? false,
    branchLabels: toList(options.branchLabel),
    versionPath: options.versionPath ?? null,
    dependsOn: toList(options.dependsOn),
    config,
  });
}

/** Twelve lowercase hex characters, as Alembic's `uuid4().hex[-12:]`. */
export function newRevisionId(): string {
  return randomUUID().replaceAll("-", "").slice(-12);
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
}

/** Alembic's ScriptDirectory.generate_revision: check the parents, pick the folder, write the file. */
export async function generateRevision(script: ScriptDirectory, o: GenerateOptions): Promise<string> {
  checkRevisionId(o.revId);
  const map = await script.revisionMap();
  const heads = withHint(
    () => map.getRevisions(o.head),
    "Multiple heads are present; please specify the head revision on which the new revision should be based, or perform a merge.",
  );
  const ids = heads.map((h) => h?.revision ?? null);
  if (new Set(ids).size !== ids.length) fail("Duplicate head revisions specified");
  if (map.node(o.revId)) fail(`Revision ${o.revId} is already present`);
  let versionPath = o.versionPath;
  if (versionPath === null) {
    if (script.versionLocations.length > 1) {
      const first = heads.find((h): h is RevisionNode<Script> => h !== null);
      if (!first) fail("Multiple version locations present, please specify --version-path");
      versionPath = dirname(first.script.path);
    } else {
      versionPath = script.versions;
    }
  }
  versionPath = script.checkVersionPath(versionPath);
  if (!o.splice) {
    for (const h of heads) {
      if (h !== null && !h.isHead) fail(`Revision ${h.revision} is not a head revision; please specify --splice to create a new branch from this revision`);
    }
  }
  const dependsOn = o.dependsOn === null || o.dependsOn.length === 0 ? null : o.dependsOn.map((dep) => resolveDependency(map, dep));
  const downIds = heads.filter((h): h is RevisionNode<Script> => h !== null).map((h) => h.revision);
  const path = script.writeRevisionFile(versionPath, {
    revId: o.revId,
    message: o.message,
    downRevision: scalarOrList(downIds),
    branchLabels: o.branchLabels,
    dependsOn: dependsOn === null ? null : scalarOrList(dependsOn),
    createDate: new Date(),
    extra: engineTemplateValues(o.config),
  });
  o.config.print(`Generating ${path} ...  done`);
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

/** A dependency keeps a branch label as written and resolves a partial id to the whole one. */
function resolveDependency(map: RevisionMap<Script>, dep: string): string {
  const node = map.getRevision(dep);
  if (node === null) fail(`Can't locate revision identified by '${dep}'`);
  return node.branchLabels.includes(dep) ? dep : node.revision;
}

function checkRevisionId(id: string): void {
  const bad = ["@", "-", "+"].filter((c) => id.includes(c));
  if (bad.length > 0) fail(`Character(s) '${bad.join(", ")}' not allowed in revision identifier '${id}'`);
}

function withHint<T>(fn: () => T, multipleHeads: string): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof Error && err.name === "RetortError" && /Multiple head/.test(err.message) && err.constructor.name === "MultipleHeadsError") {
      fail(multipleHeads, err);
    }
    throw err;
  }
}

function scalarOrList(ids: readonly string[]): string | readonly string[] | null {
  if (ids.length === 0) return null;
  return ids.length === 1 ? ids[0]! : ids;
}

function toList(value: string | readonly string[] | null | undefined): readonly string[] | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? [value] : value;
}

function asBool(value: string | null): boolean {
  return value !== null && ["true", "yes", "on", "1"].includes(value.trim().toLowerCase());
}
