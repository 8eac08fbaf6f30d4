/**
 * `retort lint --trace`: the linted revisions run on a throwaway database (PGlite in memory by
 * default, or a scratch database on a server), and per statement the dialect's tracer records
 * the locks taken and the tables rewritten. Each statement is tied back to the op (file:line)
 * that produced it, and each finding that says what the database would do is held against it.
 */
import type { DbUrl } from "../config/url.js";
import type { Connection, TracedStatement } from "../dialects/dialect.js";
import { bindConnection } from "../runtime/engine.js";
import { planUpgrade } from "../runtime/steps.js";
import { openFreshDatabase } from "../testkit/database.js";
import { upgradeOne, type KitProject } from "../testkit/run-step.js";
import { fail, messageOf } from "../util/errors.js";
import type { LintedRevision } from "./engine.js";
import type { Finding } from "./rule.js";

export interface StatementTrace extends TracedStatement {
  /** The op call that produced it, when it could be told. */
  readonly file: string | null;
  readonly line: number | null;
  /** From the statement's start to the end of its transaction (locks are held to COMMIT). */
  readonly heldMs: number;
}

export interface FindingCheck {
  readonly rule: string;
  readonly file: string | null;
  readonly line: number | null;
  /** What the rule expected and what the database did. */
  readonly expected: string;
  readonly observed: string;
  readonly agrees: boolean;
}

export interface RevisionTrace {
  readonly revision: string;
  readonly statements: readonly StatementTrace[];
  readonly checks: readonly FindingCheck[];
  /** The revision failed on the database (the trace stops there). */
  readonly error: string | null;
}

/** Transaction control and the runtime's own reads are not the migration's statements. */
const RUNTIME = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET|SHOW|SELECT)\b/i;

const normalize = (sql: string): string => sql.replace(/\s+/g, " ").trim().replace(/;$/, "");

export async function traceRevisions(
  project: KitProject, url: DbUrl, linted: readonly LintedRevision[], findings: readonly Finding[], versionTable: string, shownFile: (f: string) => string,
): Promise<RevisionTrace[]> {
  const db = await openFreshDatabase(url);
  try {
    const makeTracer = db.dialect.traceStatements ?? fail(`lint --trace: the ${db.dialect.name} dialect cannot trace statements yet`);
    const tracer = await makeTracer(db.connection);
    const byId = new Map(linted.map((r) => [r.revision, r]));
    const order = planUpgrade(project.map, "heads", []).map((s) => s.node);
    const last = Math.max(...order.map((n, i) => (byId.has(n.revision) ? i : -1)));
    const traces: RevisionTrace[] = [];
    for (const node of order.slice(0, last + 1)) {
      const rev = byId.get(node.revision);
      if (rev === undefined) {
        await upgradeOne(project, db.connection, node);
        continue;
      }
      const recorded: { traced: TracedStatement; started: number }[] = [];
      let inTransaction = false;
      const traced: Connection = {
        query: async (sql, params) => {
          if (/^\s*BEGIN\b/i.test(sql)) inTransaction = true;
          else if (/^\s*(COMMIT|ROLLBACK)\b/i.test(sql)) inTransaction = false;
          if (RUNTIME.test(sql) || sql.includes(versionTable)) return db.connection.query(sql, params);
          const started = performance.now();
          const { result, traced: t } = await tracer.run(sql, () => db.connection.query(sql, params));
          recorded.push({ traced: t, started });
          // A lock the transaction already holds is not taken again, so it would not show for the
          // next statement: each one commits here, on this throwaway database, and starts afresh.
          if (inTransaction) {
            await db.connection.query("COMMIT");
            await db.connection.query("BEGIN");
          }
          return result;
        },
        close: async () => {},
      };
      let error: string | null = null;
      try {
        await upgradeOne(project, bindConnection(traced, db.dialect, db.connection.url), node);
      } catch (err) {
        error = messageOf(err);
      }
      const ended = performance.now();
      const statements = linkToOps(rev, recorded.map((r) => ({ ...r.traced, heldMs: ended - r.started })), shownFile);
      traces.push({ revision: rev.revision, statements, checks: checkFindings(findings.filter((f) => f.revision === rev.revision), statements), error });
      if (error !== null) break;
    }
    return traces;
  } finally {
    await db.close();
  }
}

/** Ties each statement to the op whose offline SQL it is, in order. */
function linkToOps(rev: LintedRevision, statements: readonly (TracedStatement & { heldMs: number })[], shownFile: (f: string) => string): StatementTrace[] {
  const ops = rev.ops.filter((c) => c.batch === null);
  let cursor = 0;
  return statements.map((s) => {
    const text = normalize(s.sql);
    for (let i = cursor; i < ops.length; i++) {
      if (ops[i]!.statements.some((sql) => normalize(sql) === text)) {
        cursor = i;
        const file = ops[i]!.file;
        return { ...s, file: file === null ? null : shownFile(file), line: ops[i]!.line };
      }
    }
    return { ...s, file: null, line: null };
  });
}

const tableMatches = (relation: string, message: string): boolean => {
  const name = relation.split(".").pop() ?? relation;
  return new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(message);
};

function checkFindings(findings: readonly Finding[], statements: readonly StatementTrace[]): FindingCheck[] {
  return findings.flatMap((f) => {
    if (f.expects === undefined) return [];
    const mine = statements.filter((s) => s.file === f.file && s.line === f.line);
    if (mine.length === 0) return [];
    const locks = mine.flatMap((s) => s.locks).filter((l) => tableMatches(l.relation, f.message));
    const strongest = [...locks].sort((a, b) => b.strength - a.strength)[0]?.mode ?? "no lock";
    const rewrote = mine.some((s) => s.rewritten.some((r) => tableMatches(r, f.message)));
    const want = f.expects;
    const agrees = (want.lock === undefined || want.lock === strongest) && (want.rewrite === undefined || want.rewrite === rewrote);
    const say = (lock: string | undefined, rewrite: boolean | undefined): string =>
      [lock, rewrite === undefined ? undefined : rewrite ? "a rewrite" : "no rewrite"].filter((x) => x !== undefined).join(", ");
    return [{ rule: f.rule, file: f.file, line: f.line, expected: say(want.lock, want.rewrite), observed: say(strongest, rewrote), agrees }];
  });
}

const ms = (n: number): string => `${n.toFixed(1)} ms`;

export function formatTrace(traces: readonly RevisionTrace[], where: string): string {
  const out = [`trace on ${where} (a new database: tables are empty, so times show the locks, not how long a large table would take)`];
  for (const t of traces) {
    out.push(`revision ${t.revision}`);
    for (const s of t.statements) {
      out.push(`  ${s.file === null ? "?" : `${s.file}:${s.line}`}  ${normalize(s.sql)}`);
      const locks = s.locks.length === 0 ? "no lock kept" : `took ${s.locks.map((l) => `${l.mode} on ${l.relation}`).join(", ")}`;
      const rewrite = s.rewritten.length === 0 ? "no rewrite" : `rewrote ${s.rewritten.join(", ")}`;
      out.push(`    ${locks}; ${rewrite}; ran ${ms(s.ms)}, locks held ${ms(s.heldMs)} (to the end of its transaction)`);
      for (const c of t.checks.filter((c) => c.file === s.file && c.line === s.line && s === t.statements.filter((x) => x.file === c.file && x.line === c.line).pop())) {
        out.push(`    ${c.rule}: expected ${c.expected}; ${c.agrees ? "confirmed" : `the database did: ${c.observed}`}`);
      }
    }
    if (t.error !== null) out.push(`  failed: ${t.error}`);
  }
  return out.join("\n") + "\n";
}
