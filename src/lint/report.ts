/** Findings as text (the default), JSON, or GitHub Actions annotations. */
import type { Finding, Severity } from "./rule.js";

export type LintFormat = "text" | "json" | "github";

export const FORMATS: readonly LintFormat[] = ["text", "json", "github"];

const at = (f: Finding): string => (f.file === null ? `revision ${f.revision}` : `${f.file}:${f.line ?? "?"}`);

export function formatText(findings: readonly Finding[]): string {
  return findings
    .map((f) => [
      `${at(f)}: ${f.severity} ${f.rule} (revision ${f.revision})`,
      `  ${f.message}`,
      `  what happens: ${f.effect}`,
      `  safe way: ${f.safeWay}`,
    ].join("\n") + "\n")
    .join("\n");
}

export function formatJson(findings: readonly Finding[]): string {
  return JSON.stringify(findings, null, 2) + "\n";
}

const GITHUB_LEVEL: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "notice" };

/** GitHub's workflow commands escape %, CR and LF in data, and also : and , in properties. */
const escapeData = (s: string): string => s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const escapeProperty = (s: string): string => escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");

export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const props = [
        ...(f.file === null ? [] : [`file=${escapeProperty(f.file)}`]),
        ...(f.line === null ? [] : [`line=${f.line}`]),
        `title=${escapeProperty(`${f.rule} (revision ${f.revision})`)}`,
      ];
      const text = `${f.message}\nWhat happens: ${f.effect}\nSafe way: ${f.safeWay}`;
      return `::${GITHUB_LEVEL[f.severity]} ${props.join(",")}::${escapeData(text)}\n`;
    })
    .join("");
}

export function formatFindings(findings: readonly Finding[], format: LintFormat): string {
  return format === "json" ? formatJson(findings) : format === "github" ? formatGithub(findings) : formatText(findings);
}

/** "3 findings (2 errors, 1 warning) in 4 revisions". */
export function summary(findings: readonly Finding[], revisions: number): string {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  const parts = (["error", "warning", "info"] as const)
    .filter((s) => count(s) > 0)
    .map((s) => `${count(s)} ${s === "info" ? "info" : count(s) === 1 ? s : `${s}s`}`);
  const n = findings.length;
  return `${n} finding${n === 1 ? "" : "s"}${parts.length ? ` (${parts.join(", ")})` : ""} in ${revisions} revision${revisions === 1 ? "" : "s"}`;
}
