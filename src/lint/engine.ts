/**
 * The lint engine: walks the captured ops of the linted revisions in run order, keeps track of
 * which tables are new (created in the linted range, so nothing reads them yet), and asks each
 * rule about each op. It knows no database: the rules come from common-rules.ts and the dialect.
 */
import { relative } from "node:path";
import type { Column } from "../schema/column.js";
import type { ForeignKeyConstraint } from "../schema/constraints.js";
import { isKind } from "../schema/item.js";
import type { SqlType } from "../schema/types.js";
import { disables, type FileDisables, type RuleSet } from "./disable.js";
import { columnsOf, tableOf } from "./op-facts.js";
import type { CapturedOp, Finding, LintRule, RuleContext, Verdict } from "./rule.js";

export interface LintedRevision {
  readonly revision: string;
  readonly ops: readonly CapturedOp[];
  readonly disables: FileDisables;
}

const key = (name: string, schema: string | null): string => `${schema ?? ""}.${name}`;

/** The table a column spec points at ("parent.id" or "s.parent.id"). */
function tableOfSpec(spec: string): string {
  const parts = spec.split(".");
  return parts.length >= 3 ? key(parts[parts.length - 2]!, parts[parts.length - 3]!) : key(parts[0]!, null);
}

function referencedTables(columns: readonly Column[]): string[] {
  return columns.flatMap((c) => c.foreignKeys.map((fk) => tableOfSpec(fk.colspec)));
}

export function lintRevisions(
  revisions: readonly LintedRevision[],
  rules: readonly LintRule[],
  projectOff: RuleSet,
  typeSql: (t: SqlType) => string,
): Finding[] {
  const newTables = new Set<string>();
  const references = new Map<string, Set<string>>(); // referenced table -> tables pointing at it
  const ctx: RuleContext = {
    isNewTable: (name, schema) => newTables.has(key(name, schema)),
    referencingTables: (name, schema) => [...(references.get(key(name, schema)) ?? [])].sort(),
    typeSql,
  };
  const active = rules.filter((r) => !disables(projectOff, r.id));
  const findings: Finding[] = [];
  for (const rev of revisions) {
    const report = (rule: LintRule, at: CapturedOp, verdict: Verdict): void => {
      if (rev.disables.offAt(at.line, rule.id)) return;
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        revision: rev.revision,
        file: at.file === null ? null : relative(process.cwd(), at.file) || at.file,
        line: at.line,
        opKind: at.op.kind,
        ...verdict,
      });
    };
    for (const captured of rev.ops) {
      // A rule sees the op before the op's own effect on what is new (createTable is new after it).
      for (const rule of active) {
        const verdict = rule.checkOp?.(captured, ctx) ?? null;
        if (verdict !== null) report(rule, captured, verdict);
      }
      noteEffect(captured, newTables, references);
    }
    for (const rule of active) {
      const found = rule.checkRevision?.(rev.ops, ctx) ?? null;
      if (found !== null) report(rule, found.at, found.verdict);
    }
  }
  return findings;
}

function noteEffect(captured: CapturedOp, newTables: Set<string>, references: Map<string, Set<string>>): void {
  const op = captured.op;
  const table = tableOf(op);
  if (op.kind === "createTable" && table !== null) {
    newTables.add(key(table.name, table.schema));
    const fks = op.items.filter((i): i is ForeignKeyConstraint => isKind(i, "foreignKeyConstraint"));
    const referred = [...referencedTables(columnsOf(op)), ...fks.flatMap((f) => f.refColumns.slice(0, 1).map(tableOfSpec))];
    for (const r of referred) {
      if (!references.has(r)) references.set(r, new Set());
      references.get(r)!.add(table.name);
    }
  } else if (op.kind === "renameTable" && newTables.delete(key(op.oldTableName, op.schema))) {
    newTables.add(key(op.newTableName, op.schema));
  } else if (op.kind === "createForeignKey") {
    const r = key(op.referentTable, op.options.referentSchema ?? null);
    if (!references.has(r)) references.set(r, new Set());
    references.get(r)!.add(op.sourceTable);
  }
}
