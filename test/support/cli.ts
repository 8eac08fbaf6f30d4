import { execFile, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const RETORT_BIN = fileURLToPath(new URL("../../bin/retort.js", import.meta.url));

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number;
}

/** Run a `retort` executable (the repository's, unless `bin` names another) in `cwd`. */
export function retort(cwd: string, args: readonly string[], options: { env?: Record<string, string>; bin?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [options.bin ?? RETORT_BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...options.env },
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? -1 };
}

/** Run a program without blocking, so that several can run at once. */
export function runAsync(cwd: string, file: string, args: readonly string[], options: { env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(file, args, { cwd, encoding: "utf8", env: { ...process.env, ...options.env } }, (_err, stdout, stderr) =>
      resolve({ stdout, stderr, status: child.exitCode ?? -1 }),
    );
  });
}
