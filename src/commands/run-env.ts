import { AsyncResource } from "node:async_hooks";
import { existsSync } from "node:fs";
import { phaseMark } from "../util/phase-mark.js";
import type { Config } from "../config/config.js";
import { loadDialects } from "../dialects/registry.js";
import { EnvironmentContext, withEnvironment, type EnvironmentOptions } from "../runtime/environment.js";
import type { MigrationsFn } from "../runtime/migration-context.js";
import { withBuildService } from "../script/load-modules.js";
import { saveCompiledCode } from "../script/code-cache.js";
import { runEnvScript } from "../script/load-scripts.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { RetortError, fail, messageOf } from "../util/errors.js";
import { InterruptedError, interruptReason } from "../util/interrupt.js";
import { holdStderr } from "../util/stderr-order.js";

export interface RunEnvOptions {
  readonly fn: MigrationsFn | null;
  readonly asSql?: boolean;
  readonly startingRev?: string | readonly string[] | null;
  readonly destinationRev?: string | readonly string[] | null;
  readonly tag?: string | null;
  readonly purge?: boolean;
  readonly dontMutate?: boolean;
  /** Writes to the version table: online, the run takes the migration lock. */
  readonly writes?: boolean;
  readonly resume?: boolean;
  readonly stamp?: boolean;
  /** Where log lines go; default standard error. */
  readonly writeStderr?: (text: string) => void;
}

/**
 * Run the user's env.ts with `context` bound to this command (Alembic's `script.run_env()`
 * inside an EnvironmentContext). Returns the offline SQL that was written, if any.
 */
export function runEnv(config: Config, script: ScriptDirectory, o: RunEnvOptions): Promise<string> {
  return withBuildService(() => runEnvIn(config, script, o));
}

async function runEnvIn(config: Config, script: ScriptDirectory, o: RunEnvOptions): Promise<string> {
  if (!existsSync(script.envPath)) fail(`No env script found at ${script.envPath}`);
  // Offline, env.ts names a dialect by URL; online its connection brings its own (engine.ts).
  const dialects = o.asSql ? await loadDialects() : null;
  // Graph errors surface at the first lookup, inside the run (after BEGIN offline), as in
  // Alembic; only a revision file that cannot be read fails here, before anything is printed.
  const map = await script.revisionMap();
  let sql = "";
  // Offline, thousands of statements and log lines go out in a few large writes. On a terminal,
  // every line goes out at once, so progress shows and the two streams interleave. Online into a
  // pipe or file, log lines go out together, at the latest LOG_DELAY_MS after the first of them
  // (so a long statement shows what runs), when a transaction ends, and before anything else is
  // written to standard error (warn.ts, the FAILED line, a second interrupt's line).
  const offline = o.asSql ?? false;
  const buffer = offline && !process.stdout.isTTY && !process.stderr.isTTY;
  const bufferLog = buffer || (!offline && !process.stderr.isTTY);
  const stdout = bufferedWriter((text) => config.write(text), buffer);
  const stderr = bufferedWriter(o.writeStderr ?? ((text) => void process.stderr.write(text)), bufferLog, offline ? null : LOG_DELAY_MS);
  const unhold = holdStderr(stderr.flush);
  // After an interrupt every line goes out at once: a second signal exits without a flush.
  const unbuffer = (): void => stderr.unbuffer();
  const options: EnvironmentOptions = {
    config,
    script,
    map,
    dialects,
    fn: o.fn,
    asSql: o.asSql ?? false,
    startingRev: o.startingRev ?? null,
    destinationRev: o.destinationRev ?? null,
    tag: o.tag ?? null,
    purge: o.purge ?? false,
    dontMutate: o.dontMutate ?? false,
    writes: o.writes ?? false,
    resume: o.resume ?? false,
    stamp: o.stamp ?? false,
    writeSql: (text) => {
      sql += text;
      stdout.write(text);
    },
    writeStderr: (text) => stderr.write(text),
    writeStdout: (text) => stdout.write(text),
    flushStderr: () => stderr.flush(),
    unbufferStderr: () => stderr.unbuffer(),
    signal: config.signal,
  };
  const env = new EnvironmentContext(options);
  phaseMark("env");
  // The statement running when the run is interrupted is cancelled on the server; the run then
  // fails at once, rolls back and closes as for any failure.
  const cancel = (): void => void env.cancelStatements();
  config.signal?.addEventListener("abort", unbuffer, { once: true });
  config.signal?.addEventListener("abort", cancel, { once: true });
  let failure: { error: unknown } | null = null;
  try {
    await withEnvironment(env, () => runEnvScript(script.envPath));
  } catch (err) {
    failure = { error: err };
  }
  try {
    await env.closeConnections();
  } catch (err) {
    failure ??= { error: err }; // the first failure is the one to report
  } finally {
    saveCompiledCode();
    config.signal?.removeEventListener("abort", cancel);
    config.signal?.removeEventListener("abort", unbuffer);
    stdout.flush();
    stderr.flush();
    unhold();
  }
  // Whatever the run did after the interrupt (a cancelled statement fails it), what the user
  // needs to know is what state it left the database in.
  if (config.signal?.aborted) {
    const reason = interruptReason(config.signal);
    throw new InterruptedError(env.describeInterrupt(reason), reason);
  }
  if (failure === null) return sql;
  if (failure.error instanceof RetortError) throw failure.error;
  throw new RetortError(messageOf(failure.error), { cause: failure.error });
}

/** The longest a log line waits in the buffer of an online run (into a pipe or a file). */
const LOG_DELAY_MS = 100;

interface BufferedWriter {
  write(text: string): void;
  flush(): void;
  /** From now on, every write goes out at once. */
  unbuffer(): void;
}

/**
 * Collects writes and passes them on in chunks of about 64 KiB, and on flush(); or at once.
 * With `delayMs`, what is held goes out at the latest that long after the first write held.
 */
function bufferedWriter(target: (text: string) => void, buffer: boolean, delayMs: number | null = null): BufferedWriter {
  // What is held goes out in the run's own async context, whoever flushes it (a timer, another
  // run's direct write): an in-process caller that routes writes per run sees its own lines.
  const write = AsyncResource.bind(target);
  let held = buffer;
  let pending: string[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | null = null;
  const flush = (): void => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    size = 0;
    write(text);
  };
  return {
    write: (text) => {
      if (!held) return write(text);
      pending.push(text);
      size += text.length;
      if (size >= 65536) flush();
      else if (delayMs !== null && timer === null) timer = setTimeout(flush, delayMs).unref();
    },
    flush,
    unbuffer: () => {
      held = false;
      flush();
    },
  };
}
