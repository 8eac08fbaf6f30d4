// Writes the same generated graph as a Retort project (.ts revisions) and an Alembic project (.py).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchRevision } from "./generate.js";

const CREATE_DATE = "2021-11-20 19:17:01.434529";
// Offline runs only name the dialect; nothing connects.
const DB_URL = "postgresql://postgres@127.0.0.1:5432/retort_bench";
const TEMPLATES = new URL("../../templates/generic/", import.meta.url);

const revises = (d: BenchRevision["downRevision"]): string => (d === null ? "" : typeof d === "string" ? d : d.join(", "));
const slug = (m: string): string => m.toLowerCase().replace(/\W+/g, "_");

function docLines(r: BenchRevision): string[] {
  return [r.message, "", `Revision ID: ${r.revision}`, `Revises: ${revises(r.downRevision)}`, `Create Date: ${CREATE_DATE}`, ""];
}

const pyLiteral = (v: string | readonly string[] | null): string =>
  v === null ? "None" : typeof v === "string" ? `'${v}'` : `(${v.map((x) => `'${x}'`).join(", ")}${v.length === 1 ? "," : ""})`;

function pythonRevision(r: BenchRevision): string {
  return [
    `"""${docLines(r).join("\n")}`,
    '"""',
    "from alembic import op",
    "",
    "",
    "# revision identifiers, used by Alembic.",
    `revision = ${pyLiteral(r.revision)}`,
    `down_revision = ${pyLiteral(r.downRevision)}`,
    `branch_labels = ${pyLiteral(r.branchLabels)}`,
    `depends_on = ${pyLiteral(r.dependsOn)}`,
    "",
    "",
    "def upgrade() -> None:",
    `    op.execute("SELECT 'upgrade ${r.revision}'")`,
    "",
    "",
    "def downgrade() -> None:",
    `    op.execute("SELECT 'downgrade ${r.revision}'")`,
    "",
  ].join("\n");
}

function typescriptRevision(r: BenchRevision): string {
  return [
    "/**",
    ...docLines(r).map((l) => (l === "" ? " *" : ` * ${l}`)),
    " */",
    'import { op } from "retort-migrate";',
    "",
    "// revision identifiers, used by Retort.",
    `export const revision = ${JSON.stringify(r.revision)};`,
    `export const downRevision: string | string[] | null = ${JSON.stringify(r.downRevision)};`,
    `export const branchLabels: string | string[] | null = ${JSON.stringify(r.branchLabels)};`,
    `export const dependsOn: string | string[] | null = ${JSON.stringify(r.dependsOn)};`,
    "",
    "export async function upgrade(): Promise<void> {",
    `  await op.execute("SELECT 'upgrade ${r.revision}'");`,
    "}",
    "",
    "export async function downgrade(): Promise<void> {",
    `  await op.execute("SELECT 'downgrade ${r.revision}'");`,
    "}",
    "",
  ].join("\n");
}

/** The generic templates' logging sections, so both tools log as a fresh project would. */
function retortLogging(): string {
  const ini = readFileSync(new URL("retort.ini.tmpl", TEMPLATES), "utf8");
  return ini.slice(ini.indexOf("# Logging configuration"));
}

const ALEMBIC_LOGGING = `[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
`;

/** `<dir>/retort.ini` + `<dir>/migrations/{env.ts,script.ts.tmpl,versions/*.ts}`; returns the ini path. */
export function writeRetortProject(dir: string, revs: readonly BenchRevision[]): string {
  const versions = join(dir, "migrations", "versions");
  mkdirSync(versions, { recursive: true });
  for (const f of ["env.ts", "script.ts.tmpl"]) writeFileSync(join(dir, "migrations", f), readFileSync(new URL(f, TEMPLATES)));
  for (const r of revs) writeFileSync(join(versions, `${r.revision}_${slug(r.message)}.ts`), typescriptRevision(r));
  const ini = join(dir, "retort.ini");
  writeFileSync(
    ini,
    ["[retort]", "script_location = %(here)s/migrations", "version_table = alembic_version", `url = ${DB_URL}`, "", "", retortLogging()].join("\n"),
  );
  return ini;
}

/** `<dir>/alembic.ini` + `<dir>/migrations/{env.py,script.py.mako,versions/*.py}`; returns the ini path. */
export function writeAlembicProject(dir: string, revs: readonly BenchRevision[], alembicTemplates: string): string {
  const versions = join(dir, "migrations", "versions");
  mkdirSync(versions, { recursive: true });
  for (const f of ["env.py", "script.py.mako"]) writeFileSync(join(dir, "migrations", f), readFileSync(join(alembicTemplates, f)));
  for (const r of revs) writeFileSync(join(versions, `${r.revision}_${slug(r.message)}.py`), pythonRevision(r));
  const ini = join(dir, "alembic.ini");
  writeFileSync(ini, ["[alembic]", "script_location = %(here)s/migrations", `sqlalchemy.url = ${DB_URL}`, "", ALEMBIC_LOGGING].join("\n"));
  return ini;
}
