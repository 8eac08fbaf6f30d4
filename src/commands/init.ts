import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Config } from "../config/config.js";
import { fail } from "../util/errors.js";

/** The templates shipped with the package, beside dist/. */
export const TEMPLATE_ROOT = fileURLToPath(new URL("../../templates/", import.meta.url));

/** The template `init` uses without `-t`: the one that needs no database server. */
export const DEFAULT_TEMPLATE = "embedded";

export interface InitOptions {
  readonly template?: string;
}

/** `retort init DIR`: write the script folder and, unless present, the ini file. */
export async function init(config: Config, directory: string, options: InitOptions = {}): Promise<void> {
  const template = options.template ?? DEFAULT_TEMPLATE;
  if (existsSync(directory) && readdirSync(directory).length > 0) fail(`Directory ${directory} already exists and is not empty`);
  const templateDir = join(TEMPLATE_ROOT, template);
  if (!/^[\w-]+$/.test(template) || !existsSync(templateDir)) fail(`No such template '${template}'`);
  const status = (message: string, fn: () => void): void => {
    fn();
    config.print(`${message} ...  done`);
  };
  if (!existsSync(directory)) status(`Creating directory ${resolve(directory)}`, () => mkdirSync(directory, { recursive: true }));
  const versions = join(directory, "versions");
  status(`Creating directory ${resolve(versions)}`, () => mkdirSync(versions));
  const iniPath = resolve(config.configFileName ?? "retort.ini");
  for (const file of readdirSync(templateDir).sort()) {
    const from = join(templateDir, file);
    if (file === "gitignore") {
      ignoreBesideIni(dirname(iniPath), readFileSync(from, "utf8"), status);
    } else if (file === "retort.ini.tmpl") {
      if (existsSync(iniPath)) config.print(`File ${iniPath} already exists, skipping`);
      else status(`Generating ${iniPath}`, () => writeFileSync(iniPath, readFileSync(from, "utf8").replaceAll("${script_location}", directory)));
    } else {
      const to = resolve(directory, file);
      status(`Generating ${to}`, () => copyFileSync(from, to));
    }
  }
  config.print(`Please edit configuration/connection/logging settings in '${iniPath}' before proceeding.`);
}

/**
 * A template's `gitignore` lists what the project should not commit (the embedded database's
 * folder): added to the .gitignore beside the ini, which is created if need be.
 */
function ignoreBesideIni(folder: string, template: string, status: (message: string, fn: () => void) => void): void {
  const path = join(folder, ".gitignore");
  const existing = existsSync(path) ? readFileSync(path, "utf8") : null;
  const have = new Set((existing ?? "").split(/\r?\n/).map((l) => l.trim()));
  const missing = template.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#") && !have.has(l));
  if (missing.length === 0) return;
  if (existing === null) status(`Generating ${path}`, () => writeFileSync(path, `${missing.join("\n")}\n`));
  else status(`Adding ${missing.join(", ")} to ${path}`, () => writeFileSync(path, `${existing}${existing === "" || existing.endsWith("\n") ? "" : "\n"}${missing.join("\n")}\n`));
}

/** `retort list_templates`. */
export async function listTemplates(config: Config): Promise<void> {
  config.print("Available templates:\n");
  for (const name of readdirSync(TEMPLATE_ROOT).sort()) {
    const readme = join(TEMPLATE_ROOT, name, "README");
    const synopsis = existsSync(readme) ? readFileSync(readme, "utf8").split("\n")[0] : "";
    config.print(`${name} - ${synopsis}`);
  }
  config.print("\nTemplates are used via the 'init' command, e.g.:");
  config.print("\n  retort init --template generic ./scripts");
}
