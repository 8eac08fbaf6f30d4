// Timing a command: best of N subprocess runs, wall clock and CPU (user + system, from
// /usr/bin/time when present: on a shared machine CPU time is the steadier figure).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Timed {
  readonly seconds: number;
  /** Best CPU seconds (user + system) of the runs; null without /usr/bin/time. */
  readonly cpu: number | null;
  readonly stdout: string;
  readonly ok: boolean;
  readonly error: string;
}

const TIME = "/usr/bin/time";

export function bestOf(runs: number, cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Timed {
  const withTime = existsSync(TIME);
  const dir = mkdtempSync(join(tmpdir(), "retort-bench-time-"));
  const timeFile = join(dir, "time.txt");
  let best: Timed | null = null;
  let cpu: number | null = null;
  try {
    for (let i = 0; i < runs; i++) {
      const [c, a] = withTime ? [TIME, ["-f", "%U %S", "-o", timeFile, cmd, ...args]] : [cmd, [...args]];
      const started = performance.now();
      const r = spawnSync(c, a, { cwd, env, encoding: "utf8", maxBuffer: 1 << 30 });
      const seconds = (performance.now() - started) / 1000;
      const ok = r.status === 0;
      if (withTime) {
        const [user, sys] = readFileSync(timeFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
        const used = (user ?? 0) + (sys ?? 0);
        cpu = cpu === null ? used : Math.min(cpu, used);
      }
      const timed = { seconds, cpu, stdout: r.stdout ?? "", ok, error: ok ? "" : lastLine(r.stderr || r.stdout || String(r.error)) };
      if (!ok) return timed;
      if (best === null || seconds < best.seconds) best = timed;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { ...best!, cpu };
}

const lastLine = (text: string): string =>
  text.trim().split("\n").filter((l) => !l.startsWith("INFO") && !/^Command exited with non-zero status/.test(l)).pop() ?? "";

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
