// Turns case reports into the failure summary the graph engineer reads.
import type { CaseReport, StepReport } from "./replay.js";

/** A difference's cluster: its kind and the command, with revision ids and numbers masked. */
function signature(step: StepReport, kind: string, detail: string): string {
  const verb = step.argv[0] ?? "";
  const flags = step.argv.filter((a) => a.startsWith("-") && !/^-\d+$/.test(a)).join(" ");
  const mask = (s: string): string =>
    s
      .replace(/\b[0-9a-f]{12}\b/g, "<rev>")
      .replace(/retort_graph_[0-9a-f]{8}/g, "<db>")
      .replace(/'[^']*'/g, "'…'")
      .replace(/line \d+/, "line N")
      .replace(/\d+/g, "N");
  const what = kind === "version table" ? "" : ` ${mask(detail).slice(0, 110)}`;
  return `${kind}: ${verb}${flags ? " " + flags : ""} (${step.mode})${what}`;
}

export interface Totals {
  readonly cases: number;
  readonly passedCases: number;
  readonly steps: number;
  readonly passedSteps: number;
}

export function totals(reports: readonly CaseReport[]): Totals {
  const steps = reports.flatMap((r) => r.steps);
  return {
    cases: reports.length,
    passedCases: reports.filter((r) => r.steps.every((s) => s.diffs.length === 0)).length,
    steps: steps.length,
    passedSteps: steps.filter((s) => s.diffs.length === 0).length,
  };
}

export function describeStep(caseName: string, s: StepReport): string[] {
  const tags = [s.hashOrderDependent ? "hash-order" : "", s.alembicCrashed ? "alembic-crashed" : ""].filter(Boolean);
  return s.diffs.map((d) => `${caseName} step ${s.index} [${s.argv.join(" ")}] (${s.mode}${tags.length ? ", " + tags.join(", ") : ""}) ${d.kind}: ${d.detail}`);
}

const pct = (a: number, b: number): string => (b === 0 ? "n/a" : `${((100 * a) / b).toFixed(1)}%`);

/** Pass rates, the most common kinds of difference, and the first failing step of each case. */
export function formatSummary(reports: readonly CaseReport[], top = 25): string {
  const t = totals(reports);
  const clusters = new Map<string, { count: number; example: string }>();
  const byKind = new Map<string, number>();
  const byMode = new Map<string, [number, number]>();
  for (const r of reports) {
    for (const s of r.steps) {
      const m = byMode.get(s.mode) ?? [0, 0];
      byMode.set(s.mode, [m[0] + (s.diffs.length === 0 ? 1 : 0), m[1] + 1]);
      for (const d of s.diffs) {
        byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
        const key = signature(s, d.kind, d.detail);
        const c = clusters.get(key);
        if (c) c.count++;
        else clusters.set(key, { count: 1, example: describeStep(r.name, { ...s, diffs: [d] })[0] ?? "" });
      }
    }
  }
  const lines = [
    `graph corpus: ${t.passedCases}/${t.cases} cases pass (${pct(t.passedCases, t.cases)}), ${t.passedSteps}/${t.steps} steps pass (${pct(t.passedSteps, t.steps)})`,
    `by mode: ${[...byMode].map(([m, [p, n]]) => `${m} ${p}/${n} (${pct(p, n)})`).join(", ")}`,
    `differences by kind: ${[...byKind].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ")}`,
    "",
    `most common differences (of ${clusters.size} kinds):`,
  ];
  for (const [key, c] of [...clusters].sort((a, b) => b[1].count - a[1].count).slice(0, top)) {
    lines.push(`  ${String(c.count).padStart(5)}  ${key}`, `         e.g. ${c.example}`);
  }
  lines.push("", "first difference of each failing case:");
  for (const r of reports) {
    const s = r.steps.find((x) => x.diffs.length > 0);
    if (s) lines.push(`  ${describeStep(r.name, s)[0] ?? ""}`);
  }
  return lines.join("\n") + "\n";
}
