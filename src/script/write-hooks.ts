/**
 * post_write_hooks (Alembic's script/write_hooks.py): after a revision file is written, each hook
 * named in `hooks` runs on it. `console_scripts` runs an npm bin found in node_modules/.bin (where
 * Alembic runs a Python console_scripts entry point), `exec` runs any executable (Alembic 1.12's
 * type); `options` gets the file's path for REVISION_SCRIPT_FILENAME, or before them when absent.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Config } from "../config/config.js";
import { builtin } from "../util/builtin.js";
import { fail } from "../util/errors.js";

const TOKEN = "REVISION_SCRIPT_FILENAME";

/** Python's repr of a plain string, as Alembic's `%r` prints a hook name. */
const pyRepr = (s: string) => (s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`);

export function runPostWriteHooks(path: string, config: Config): void {
  const section = config.getSection("post_write_hooks", {});
  const names = (section["hooks"] ?? "").split(/, *| +/).filter((n) => n !== "");
  for (const name of names) {
    const opts: Record<string, string> = {};
    for (const [k, v] of Object.entries(section)) if (k.startsWith(name + ".")) opts[k.slice(name.length + 1)] = v;
    const type = opts["type"] ?? fail(`Key ${name}.type is required for post write hook ${pyRepr(name)}`);
    config.print(`Running post write hook "${name}" ...`);
    try {
      invoke(name, type, path, opts, config);
    } catch (err) {
      config.write("  FAILED\n");
      throw err;
    }
    config.write("  done\n");
  }
}

function invoke(name: string, type: string, path: string, opts: Readonly<Record<string, string>>, config: Config): void {
  const base = config.configFileName ? dirname(resolve(config.configFileName)) : process.cwd();
  const cwd = opts["cwd"] === undefined ? undefined : resolve(base, opts["cwd"]);
  let command: string;
  if (type === "console_scripts") {
    const entry = opts["entrypoint"] ?? fail(`Key ${name}.entrypoint is required for post write hook ${pyRepr(name)}`);
    command = findBin(entry, [cwd ?? process.cwd(), base]) ?? fail(`Could not find entrypoint console_scripts.${entry}`);
  } else if (type === "exec") {
    command = opts["executable"] ?? fail(`Key ${name}.executable is required for post write hook ${pyRepr(name)}`);
  } else {
    fail(`No formatter with name '${type}' registered`);
  }
  const args = commandLineOptions(opts["options"] ?? "", path);
  // Loaded here: most projects have no hooks, and child_process brings net and the streams.
  const { spawnSync } = builtin<typeof import("node:child_process")>("node:child_process");
  const r = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (r.stdout) config.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.error !== undefined) fail(`post write hook "${name}" could not run ${command}: ${r.error.message}`);
  if (r.status !== 0) fail(`post write hook "${name}" failed: ${command} exited with ${r.status === null ? `signal ${r.signal}` : `status ${r.status}`}`);
}

/** node_modules/.bin/NAME in each folder and its parents, the first found. */
function findBin(entry: string, starts: readonly string[]): string | null {
  for (const start of starts) {
    for (let dir = resolve(start); ; dir = dirname(dir)) {
      const bin = join(dir, "node_modules", ".bin", entry);
      if (existsSync(bin)) return bin;
      if (dirname(dir) === dir) break;
    }
  }
  return null;
}

/** Alembic's _parse_cmdline_options: the token put first when absent, split as POSIX shlex, then replaced. */
export function commandLineOptions(options: string, path: string): string[] {
  const text = options.includes(TOKEN) ? options : `${TOKEN} ${options}`;
  return shlexSplit(text).map((o) => o.replaceAll(TOKEN, path));
}

function shlexSplit(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (/\s/.test(ch)) {
      if (inWord) out.push(cur);
      cur = "";
      inWord = false;
    } else if (ch === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) fail("No closing quotation");
      cur += s.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (ch === '"') {
      let j = i + 1;
      for (; j < s.length && s[j] !== '"'; j++) {
        if (s[j] === "\\" && j + 1 < s.length && '\\"$`\n'.includes(s[j + 1]!)) j++;
        cur += s[j];
      }
      if (j >= s.length) fail("No closing quotation");
      i = j;
      inWord = true;
    } else if (ch === "\\" && i + 1 < s.length) {
      cur += s[++i];
      inWord = true;
    } else {
      cur += ch;
      inWord = true;
    }
  }
  if (inWord) out.push(cur);
  return out;
}
