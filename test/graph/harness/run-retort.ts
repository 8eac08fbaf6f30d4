// Runs Retort's CLI entry (`main`) in this process, capturing what it writes to stdout and stderr.
// Several cases run at once, so each run's writes are routed by AsyncLocalStorage to its own
// buffers: the log lines Retort writes to process.stderr are caught without a subprocess.
import { AsyncLocalStorage } from "node:async_hooks";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { main } from "../../../src/cli/main.js";
import { RetortError } from "../../../src/util/errors.js";

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
  /** Set when the run threw past `main` (a bug: main prints FAILED for every error). */
  readonly thrown?: unknown;
}

interface Buffers {
  out: string;
  err: string;
}

const routed = new AsyncLocalStorage<Buffers>();
const ROUTED = Symbol.for("retort.graph-harness.routed");

type Write = typeof process.stdout.write;

function route(stream: NodeJS.WriteStream & { [ROUTED]?: true }, key: keyof Buffers): void {
  if (stream[ROUTED]) return; // installed once per process, whoever asks first
  stream[ROUTED] = true;
  const original = stream.write.bind(stream) as (...a: unknown[]) => boolean;
  stream.write = function (chunk: unknown, ...rest: unknown[]): boolean {
    const buffers = routed.getStore();
    if (!buffers) return original(chunk, ...rest);
    buffers[key] += typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8");
    const cb = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    if (cb) queueMicrotask(cb);
    return true;
  } as Write;
}

function install(): void {
  route(process.stdout, "out");
  route(process.stderr, "err");
}

/** `retort <argv>` in process: same argument parsing, FAILED line and exit code as the executable. */
export async function runInProcess(argv: readonly string[]): Promise<RunResult> {
  install();
  const buffers: Buffers = { out: "", err: "" };
  return routed.run(buffers, async () => {
    try {
      const code = await main(argv);
      return { stdout: buffers.out, stderr: buffers.err, code };
    } catch (thrown) {
      return { stdout: buffers.out, stderr: buffers.err, code: -1, thrown };
    }
  });
}

/**
 * Runs `argv` with `--raiseerr` and reports whether it failed with a RetortError (a clean,
 * deliberate failure) rather than some other exception (a crash inside Retort).
 */
export async function failureClass(argv: readonly string[]): Promise<string> {
  install();
  const buffers: Buffers = { out: "", err: "" };
  return routed.run(buffers, async () => {
    try {
      await main(["--raiseerr", ...argv]);
      return "no error";
    } catch (err) {
      if (err instanceof RetortError) return "RetortError";
      return err instanceof Error ? `${err.name}: ${err.message.split("\n")[0] ?? ""}` : String(err);
    }
  });
}

const BIN = fileURLToPath(new URL("../../../bin/retort.js", import.meta.url));

/** `node bin/retort.js <argv>` as a subprocess (the built dist/), for checking the in-process runs. */
export function runSubprocess(argv: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ stdout, stderr, code: code ?? -1 }));
  });
}
