import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { constants } from "node:os";
import { delimiter, join, sep } from "node:path";
import { fail } from "./errors.js";
import { pyStrRepr } from "./py-repr.js";

/*
 * Opening a file in the user's editor, as Alembic 1.8.1's util/editor.py does: the same search
 * ($EDITOR, $VISUAL, then the usual editors on PATH), no shell in between, and every failure one
 * "Error executing editor (...)" message worded as Python words it.
 */

const IS_WINDOWS = process.platform === "win32";
const DEFAULT_EDITORS = IS_WINDOWS ? ["code.exe", "notepad++.exe", "notepad.exe"] : ["sensible-editor", "editor", "nano", "vim", "code"];

/** Open `path` in the editor and wait for it; fails unless the editor exits with status 0. */
export function openInEditor(path: string, env: NodeJS.ProcessEnv = process.env): void {
  const found = findEditor(env);
  if (typeof found === "string") editorFailed(found);
  const argv = [...found, path];
  const r = spawnSync(argv[0]!, argv.slice(1), { stdio: "inherit" });
  if (r.error) editorFailed(describeSpawnError(r.error, argv[0]!));
  const command = `[${argv.map(pyStrRepr).join(", ")}]`;
  if (r.signal) editorFailed(`Command '${command}' died with <Signals.${r.signal}: ${constants.signals[r.signal]}>.`);
  if (r.status !== 0) editorFailed(`Command '${command}' returned non-zero exit status ${r.status}.`);
}

function editorFailed(reason: string): never {
  fail(`Error executing editor (${reason})`);
}

/**
 * The editor's argv, or why there is none. As Alembic's `_find_editor`: $EDITOR, then $VISUAL; a
 * value naming an existing file wins at once, a bare name is looked up on PATH. Unlike Alembic,
 * the usual editors (sensible-editor, nano, vim, ...) are tried only when neither variable is
 * set: an editor the user chose but that cannot be found fails, naming it, rather than opening
 * another one. Also beyond Alembic: an empty value counts as unset, and a value with arguments
 * ("code --wait") runs its first word with the rest, as git does.
 */
export function findEditor(env: NodeJS.ProcessEnv): string[] | string {
  const chosen = (["EDITOR", "VISUAL"] as const).map((name) => env[name]?.trim() ?? "").filter((v) => v !== "");
  for (const choice of chosen) {
    if (existsSync(choice)) return [choice];
    const words = choice.split(/\s+/);
    if (words.length > 1 && existsSync(words[0]!)) return words;
    const path = words[0]!.includes(sep) ? null : findExecutable(words[0]!, env);
    if (path !== null) return [path, ...words.slice(1)];
  }
  // What Python's check_call says of a program that is not there.
  if (chosen.length > 0) return `[Errno ${constants.errno.ENOENT}] No such file or directory: ${pyStrRepr(chosen[0]!.split(/\s+/)[0]!)}`;
  for (const name of DEFAULT_EDITORS) {
    const path = findExecutable(name, env);
    if (path !== null) return [path];
  }
  return 'No suitable editor found. Please set the "EDITOR" or "VISUAL" environment variables';
}

function findExecutable(name: string, env: NodeJS.ProcessEnv): string | null {
  const file = IS_WINDOWS && !name.toLowerCase().endsWith(".exe") ? `${name}.exe` : name;
  for (const dir of (env["PATH"] ?? "").split(delimiter)) {
    const path = join(dir, file);
    if (dir !== "" && existsSync(path)) return path;
  }
  return null;
}

/** Python's OSError text for the errors starting a program gives: "[Errno 13] Permission denied: 'x'". */
const STRERROR: Readonly<Record<string, string>> = {
  EACCES: "Permission denied",
  ENOENT: "No such file or directory",
  ENOEXEC: "Exec format error",
  ENOTDIR: "Not a directory",
  E2BIG: "Argument list too long",
  ENOMEM: "Cannot allocate memory",
};

function describeSpawnError(err: Error, program: string): string {
  const code = (err as NodeJS.ErrnoException).code ?? "";
  const errno = (constants.errno as Record<string, number | undefined>)[code];
  const text = STRERROR[code];
  return errno !== undefined && text !== undefined ? `[Errno ${errno}] ${text}: ${pyStrRepr(program)}` : `${code || err.message}: ${pyStrRepr(program)}`;
}
