// Writes a Retort project for one corpus case, laid out as the recorder laid out Alembic's (FORMAT.md).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { CaseRevision, GraphCase, IdField } from "./case.js";

const TEMPLATES = new URL("../../../templates/generic/", import.meta.url);

/** The logging sections exactly as `retort init -t generic` writes them (the template's tail). */
function loggingSections(): string {
  const ini = readFileSync(new URL("retort.ini.tmpl", TEMPLATES), "utf8");
  const at = ini.indexOf("# Logging configuration");
  if (at < 0) throw new Error("templates/generic/retort.ini.tmpl has no logging sections");
  return ini.slice(at);
}

export function iniText(c: GraphCase, url: string): string {
  const locations = c.versionLocations.map((l) => `%(here)s/migrations/${l}`).join(" ");
  return [
    "[retort]",
    "script_location = %(here)s/migrations",
    `version_locations = ${locations}`,
    "version_path_separator = space",
    "version_table = alembic_version",
    `url = ${url}`,
    "",
    "",
    loggingSections(),
  ].join("\n");
}

const literal = (v: IdField): string => JSON.stringify(v);

/** A revision file: the docstring line for line in the leading comment, literal identifiers, op.execute bodies. */
export function revisionSource(r: CaseRevision): string {
  const lines = r.docstring.split("\n");
  if (lines[lines.length - 1] === "") lines.pop(); // the text after the last newline is the closing quotes' line
  const comment = ["/**", ...lines.map((l) => (l === "" ? " *" : ` * ${l}`)), " */"];
  const usesOp = r.upgradeSql !== null || r.downgradeSql !== null;
  const body = (sql: string | null): string => (sql === null ? "" : `  await op.execute(${JSON.stringify(sql)});\n`);
  return [
    ...comment,
    ...(usesOp ? ['import { op } from "retort-migrate";'] : []),
    "",
    "// revision identifiers, used by Retort.",
    `export const revision = ${literal(r.revision)};`,
    `export const downRevision: string | string[] | null = ${literal(r.downRevision)};`,
    `export const branchLabels: string | string[] | null = ${literal(r.branchLabels)};`,
    `export const dependsOn: string | string[] | null = ${literal(r.dependsOn)};`,
    "",
    "export async function upgrade(): Promise<void> {",
    body(r.upgradeSql) + "}",
    "",
    "export async function downgrade(): Promise<void> {",
    body(r.downgradeSql) + "}",
    "",
  ].join("\n");
}

/** Writes `<dir>/retort.ini` and `<dir>/migrations/...`; returns the ini path. */
export function writeProject(dir: string, c: GraphCase, url: string): string {
  const scripts = join(dir, "migrations");
  for (const loc of c.versionLocations) mkdirSync(join(scripts, loc), { recursive: true });
  writeFileSync(join(scripts, "env.ts"), readFileSync(new URL("env.ts", TEMPLATES)));
  writeFileSync(join(scripts, "script.ts.tmpl"), readFileSync(new URL("script.ts.tmpl", TEMPLATES)));
  for (const r of c.revisions) {
    const loc = c.versionLocations[r.location];
    if (loc === undefined) throw new Error(`${c.name}: revision ${r.revision} has no location ${r.location}`);
    writeFileSync(join(scripts, loc, `${r.fileName}.ts`), revisionSource(r));
  }
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, iniText(c, url));
  return ini;
}
