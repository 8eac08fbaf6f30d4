/** A Retort project (init -t generic) whose env.ts imports a models module, for autogenerate tests. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { retort } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

export interface Recorded {
  readonly name: string;
  readonly setup: readonly string[];
  readonly models_ts: string;
  readonly upgrade_ts: string;
  readonly downgrade_ts: string;
  readonly diffs: readonly string[];
  readonly log: readonly string[];
}

const load = (file: string): Recorded[] => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8"));
export const RECORDED: readonly Recorded[] = load("./recorded.json");
/** record_dialects.py's recordings: SQLite (with render_as_batch) and MariaDB. */
export const RECORDED_SQLITE: readonly Recorded[] = load("./recorded-sqlite.json");
export const RECORDED_MARIADB: readonly Recorded[] = load("./recorded-mariadb.json");

export function project(url: string, modelsTs: string, o: { renderAsBatch?: boolean; includeSchemas?: boolean } = {}): string {
  const dir = scratchDir("retort-autogen-");
  const init = retort(dir, ["init", "-t", "generic", "migrations"]);
  if (init.status !== 0) throw new Error(init.stderr);
  const ini = join(dir, "retort.ini");
  writeFileSync(ini, readFileSync(ini, "utf8").replace("url = driver://user:pass@localhost/dbname", `url = ${url}`));
  const env = join(dir, "migrations", "env.ts");
  writeFileSync(env, readFileSync(env, "utf8")
    .replace("const targetMetadata = null;", 'import { metadata } from "../models.js";\nconst targetMetadata = metadata;')
    .replace("context.configure({ connection, targetMetadata });", `context.configure({ connection, targetMetadata, compareServerDefault: true${o.renderAsBatch === true ? ", renderAsBatch: true" : ""}${o.includeSchemas === true ? ", includeSchemas: true" : ""} });`));
  writeFileSync(join(dir, "models.ts"), `import { sa, postgresql, mysql, sqlite } from "retort-migrate";\n\nexport const metadata = sa.MetaData();\n${modelsTs}`);
  return dir;
}

/** The body of `export async function NAME(): Promise<void> {` ... `}` in a revision file, dedented. */
export function bodyOf(source: string, fn: string): string {
  const m = new RegExp(`export async function ${fn}\\(\\): Promise<void> \\{\\n([\\s\\S]*?)\\n\\}`).exec(source);
  if (m === null) throw new Error(`no ${fn}() in\n${source}`);
  return m[1]!.split("\n").map((l) => l.replace(/^ {2}/, "")).join("\n") + "\n";
}
