// Projects for the lint and test-kit tests: an ini, an env.ts from the generic template, and revision files.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "../support/cli.js";
import { scratchDir } from "../support/scratch.js";

export interface RevisionSpec {
  readonly id: string;
  readonly down?: string | null | readonly string[];
  readonly upgrade: string;
  readonly downgrade?: string;
  /** Extra module text after the identifiers (an exported lintDisable, a comment). */
  readonly extra?: string;
}

const root = scratchDir("retort-lint-");
let count = 0;

export const revisionFile = (r: RevisionSpec): string =>
  `/** revision ${r.id} */\nimport { op, sa, postgresql, mysql, sqlite } from "retort-migrate";\n\n` +
  `export const revision = "${r.id}";\nexport const downRevision = ${JSON.stringify(r.down ?? null)};\nexport const branchLabels = null;\nexport const dependsOn = null;\n${r.extra ?? ""}\n` +
  `export async function upgrade(): Promise<void> {\n  ${r.upgrade.trim()}\n}\n\n` +
  `export async function downgrade(): Promise<void> {\n  ${(r.downgrade ?? "").trim()}\n}\n`;

/**
 * A project folder with its ini (`url`, plus any extra main-section lines) and revisions; returns
 * the ini path. `models`: the body of a models.ts exporting `metadata`, which env.ts then gives
 * as targetMetadata, as the template's comment says to.
 */
export function makeProject(url: string, revisions: readonly RevisionSpec[], iniExtra = "", models?: string): { dir: string; ini: string; file: (id: string) => string } {
  const dir = join(root, `p${++count}`);
  mkdirSync(join(dir, "m", "versions"), { recursive: true });
  const env = readFileSync(join(REPO, "templates", "generic", "env.ts"), "utf8");
  if (models === undefined) {
    cpSync(join(REPO, "templates", "generic", "env.ts"), join(dir, "m", "env.ts"));
  } else {
    writeFileSync(join(dir, "models.ts"), `import { sa } from "retort-migrate";

export const metadata = sa.MetaData();
${models}
`);
    const wired = env.replace(`// import { metadata } from "../models.js";\n// const targetMetadata = metadata;\nconst targetMetadata = null;`, `import { metadata } from "../models.js";\nconst targetMetadata = metadata;`);
    if (wired === env) throw new Error("the generic env.ts no longer has the targetMetadata lines this test replaces");
    writeFileSync(join(dir, "m", "env.ts"), wired);
  }
  writeFileSync(join(dir, "retort.ini"), `[retort]\nscript_location = %(here)s/m\nurl = ${url}\n${iniExtra}`);
  const file = (id: string): string => join(dir, "m", "versions", `${id}_rev.ts`);
  for (const r of revisions) writeFileSync(file(r.id), revisionFile(r));
  return { dir, ini: join(dir, "retort.ini"), file };
}
