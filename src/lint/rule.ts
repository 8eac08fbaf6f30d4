/**
 * What a lint rule is and what it reports. Rules are plain objects in tables: dialect-neutral ones
 * in common-rules.ts, the ones that know a database's locks in that dialect's folder
 * (Dialect.lintRules), so the engine here never names a dialect.
 */
import type { Op } from "../operations/handlers.js";
import type { SqlType } from "../schema/types.js";

export type Severity = "info" | "warning" | "error";

export const SEVERITIES: readonly Severity[] = ["info", "warning", "error"];

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** What a rule says about one op (or one revision). */
export interface Verdict {
  /** What the op does, in a line: "op.createIndex(ix_a_email) on existing table account without CONCURRENTLY". */
  readonly message: string;
  /** What happens on the database: the lock and what it blocks, whether the table is rewritten or scanned. */
  readonly effect: string;
  /** How to write it so that it does not happen. */
  readonly safeWay: string;
  /**
   * What the rule expects the database to do, for `--trace` to hold against what it did: the
   * strongest lock on the op's table (in the database's own words) and whether the table is rewritten.
   */
  readonly expects?: { readonly lock?: string; readonly rewrite?: boolean };
}

/** One op as lint captured it while upgrade() ran. */
export interface CapturedOp {
  readonly op: Op;
  /** Where the user's code called op.*: absolute file and 1-based line; null when no user frame was found. */
  readonly file: string | null;
  readonly line: number | null;
  /** The SQL this op compiles to offline on the dialect linted (empty when it could not compile). */
  readonly statements: readonly string[];
  /** Whether the op runs inside the migration's transaction (false inside op.getContext().autocommitBlock()). */
  readonly inTransaction: boolean;
  /** The batchAlterTable op this one belongs to, if any. */
  readonly batch: Op | null;
}

/** What a rule may ask about the op's surroundings. */
export interface RuleContext {
  /** The table was created in this revision or earlier in the linted range: nothing reads it yet. */
  isNewTable(name: string, schema: string | null): boolean;
  /** Tables created in the linted range whose foreign keys point at `name`. */
  referencingTables(name: string, schema: string | null): readonly string[];
  /** A type as this dialect writes it in DDL ("TIMESTAMP WITHOUT TIME ZONE"). */
  typeSql(t: SqlType): string;
}

export interface LintRule {
  /** Kebab-case, after squawk / strong_migrations where they have one. */
  readonly id: string;
  readonly severity: Severity;
  /** One line for `--help` and the README. */
  readonly summary: string;
  /** Looks at one captured op; null when it has nothing to say. */
  checkOp?(captured: CapturedOp, ctx: RuleContext): Verdict | null;
  /** Looks at a whole revision's ops; returns the op to report at and what to say. */
  checkRevision?(ops: readonly CapturedOp[], ctx: RuleContext): { readonly at: CapturedOp; readonly verdict: Verdict } | null;
}

/** One finding, as reported. */
export interface Finding extends Verdict {
  readonly rule: string;
  readonly severity: Severity;
  readonly revision: string;
  /** As shown: relative to the working directory when under it. */
  readonly file: string | null;
  readonly line: number | null;
  readonly opKind: string;
}
