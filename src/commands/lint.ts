/**
 * `retort lint [RANGE]`: each revision's upgrade() runs offline, its ops are captured as data
 * with the file:line of each op call, and the rules of the configured dialect judge them.
 */
import { relative } from "node:path";
import type { Config } from "../config/config.js";
import { parseUrl } from "../config/url.js";
import type { Dialect } from "../dialects/dialect.js";
import { dialectFromTable, loadDialect, loadDialects } from "../dialects/registry.js";
import { readAppliedHeads } from "../lint/applied.js";
import { captureRevision } from "../lint/capture.js";
import { COMMON_RULES } from "../lint/common-rules.js";
import { FileDisables, projectDisabled } from "../lint/disable.js";
import { lintRevisions, type LintedRevision } from "../lint/engine.js";
import { formatTrace, traceRevisions, type RevisionTrace } from "../lint/trace.js";
import { formatFindings, summary, FORMATS, type LintFormat } from "../lint/report.js";
import { severityRank, SEVERITIES, type Finding, type LintRule, type Severity } from "../lint/rule.js";
import { offlineStartingHeads, planUpgrade } from "../runtime/steps.js";
import { withRevisionErrors } from "../script/graph/errors.js";
import type { RevisionMap } from "../script/graph/types.js";
import type { Script } from "../script/script.js";
import { ScriptDirectory } from "../script/script-directory.js";
import { saveCompiledCode } from "../script/code-cache.js";
import { withBuildService } from "../script/load-modules.js";
import { fail } from "../util/errors.js";

export interface LintOptions {
  /** `REV` (that revision), `START:END`, `:END` or `START:` (after START, up to END). */
  readonly range?: string | null;
  /** Every revision, whatever the database has. */
  readonly all?: boolean;
  /** The dialect to judge for, instead of the ini URL's. */
  readonly dialect?: string | null;
  readonly format?: LintFormat;
  /** Throw (after printing) when a finding at or above this severity exists; null never does. */
  readonly failOn?: Severity | null;
  /** Also run the revisions on a throwaway database and record each statement's locks and rewrites. */
  readonly trace?: boolean;
  /** Where to trace: default "pglite://" (a new in-memory database); a server URL gets a scratch database. */
  readonly url?: string | null;
  /** Where the summary and notes go (the CLI: stderr); nothing is said when absent. */
  readonly log?: (text: string) => void;
}

export interface LintResult {
  readonly dialect: string;
  /** The revisions linted, in upgrade order. */
  readonly revisions: readonly string[];
  readonly findings: readonly Finding[];
  /** Why every revision was linted when the default range was asked for, if it was. */
  readonly note: string | null;
  /** With `trace`: what the database did, per revision and statement. */
  readonly trace: readonly RevisionTrace[] | null;
}

export function rulesFor(dialect: Dialect): readonly LintRule[] {
  return [...(dialect.lintRules ?? []), ...COMMON_RULES];
}

async function dialectOf(config: Config, name: string | null): Promise<Dialect> {
  if (name !== null) return dialectFromTable(await loadDialects(), name);
  const url = (config.getMainOption("url") ?? config.getMainOption("sqlalchemy.url"));
  if (url === null) fail("lint needs a dialect: set url (or sqlalchemy.url) in the ini file, or pass --dialect NAME");
  return loadDialect(parseUrl(url));
}

/** The revisions to lint, in upgrade order, and why all of them when the default range fell back. */
async function selectRevisions(config: Config, map: RevisionMap<Script>, dialect: Dialect, o: LintOptions): Promise<{ scripts: Script[]; note: string | null }> {
  const plan = (destination: string, from: readonly string[]): Script[] => planUpgrade(map, destination, from).map((s) => s.script);
  const range = o.range ?? null;
  if (range !== null) {
    if (!range.includes(":")) {
      const node = withRevisionErrors({}, () => map.getRevision(range)) ?? fail(`'${range}' names no revision to lint`);
      return { scripts: [node.script], note: null };
    }
    const [start = "", end = ""] = range.split(":");
    return { scripts: plan(end === "" ? "heads" : end, offlineStartingHeads(map, start === "" ? null : start)), note: null };
  }
  if (o.all ?? false) return { scripts: plan("heads", []), note: null };
  const urlText = (config.getMainOption("url") ?? config.getMainOption("sqlalchemy.url"));
  if (urlText === null) return { scripts: plan("heads", []), note: "no database URL in the ini file: linting every revision" };
  const applied = await readAppliedHeads(parseUrl(urlText), dialect, config.getMainOption("version_table") ?? "retort_version");
  if ("unavailable" in applied) return { scripts: plan("heads", []), note: `${applied.unavailable}: linting every revision` };
  return { scripts: plan("heads", applied.heads), note: null };
}

export async function lint(config: Config, o: LintOptions = {}): Promise<LintResult> {
  const format = o.format ?? "text";
  if (!FORMATS.includes(format)) fail(`Unknown lint format '${format}' (use ${FORMATS.join(", ")})`);
  const failOn = o.failOn === undefined ? "error" : o.failOn;
  if (failOn !== null && !SEVERITIES.includes(failOn)) fail(`Unknown severity '${failOn}' (use ${SEVERITIES.join(", ")})`);
  const script = ScriptDirectory.fromConfig(config);
  const dialect = await dialectOf(config, o.dialect ?? null);
  const map = await script.revisionMap();
  const { scripts, note } = await selectRevisions(config, map, dialect, o);
  const revisions: LintedRevision[] = await withBuildService(async () => {
    const modules = await script.importRevisions(scripts);
    const out: LintedRevision[] = [];
    for (const [i, s] of scripts.entries()) {
      const mod = modules[i] ?? {};
      out.push({ revision: s.revision, ops: await captureRevision(s, mod, dialect), disables: new FileDisables(s.path, mod["lintDisable"]) });
    }
    saveCompiledCode(); // now that the revisions have run, their code cache holds all of it
    return out;
  });
  const compiler = dialect.compiler({ offline: true });
  const findings = lintRevisions(revisions, rulesFor(dialect), projectDisabled(config.getMainOption("lint_disable")), (t) => compiler.typeSql(compiler.dialectType(t)));
  const say = o.log ?? (() => {});
  if (note !== null) say(`lint: ${note}\n`);
  let trace: RevisionTrace[] | null = null;
  if (o.trace ?? false) {
    const where = parseUrl(o.url ?? "pglite://");
    const project = { config, script, map, dialects: await loadDialects() };
    const shown = (f: string): string => relative(process.cwd(), f) || f;
    trace = await withBuildService(() => traceRevisions(project, where, revisions, findings, config.getMainOption("version_table") ?? "retort_version", shown));
    if (format === "json") config.write(JSON.stringify({ findings, trace }, null, 2) + "\n");
    else {
      if (findings.length > 0) config.write(formatFindings(findings, format) + "\n");
      config.write(formatTrace(trace, where.toString()));
    }
  } else if (findings.length > 0 || format === "json") {
    config.write(formatFindings(findings, format));
  }
  const result: LintResult = { dialect: dialect.name, revisions: scripts.map((s) => s.revision), findings, note, trace };
  say(`lint: ${summary(findings, scripts.length)} for ${dialect.name}\n`);
  if (failOn !== null) {
    const failing = findings.filter((f) => severityRank(f.severity) >= severityRank(failOn));
    if (failing.length > 0) fail(`lint: ${failing.length} finding${failing.length === 1 ? "" : "s"} at or above ${failOn}`);
  }
  return result;
}
