// Timing a command: best wall-clock time of N subprocess runs, with its output kept for comparing.
import { spawnSync } from "node:child_process";

export interface Timed {
  readonly seconds: number;
  readonly stdout: string;
  readonly ok: boolean;
  readonly error: string;
}

export function bestOf(runs: number, cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Timed {
  let best: Timed | null = null;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", maxBuffer: 1 << 30 });
    const seconds = (performance.now() - started) / 1000;
    const ok = r.status === 0;
    const timed = { seconds, stdout: r.stdout ?? "", ok, error: ok ? "" : lastLine(r.stderr || r.stdout || String(r.error)) };
    if (!ok) return timed;
    if (best === null || seconds < best.seconds) best = timed;
  }
  return best!;
}

const lastLine = (text: string): string => text.trim().split("\n").filter((l) => !l.startsWith("INFO")).pop() ?? "";

/**
 * "same", "same up to order" or "differs". Unpatched Alembic orders files as the file system
 * lists them and labels as Python sets iterate, where Retort sorts both (contract section 7).
 */
export function sameOutput(a: string, b: string): string {
  if (a === b) return "same";
  const sortLabels = (line: string): string => line.replace(/\(([^()]*, [^()]*)\)/g, (_, list: string) => `(${list.split(", ").sort().join(", ")})`);
  const sort = (t: string): string => t.split("\n").map(sortLabels).sort().join("\n");
  return sort(a) === sort(b) ? "same up to order" : "differs";
}
