import { existsSync } from "node:fs";
import type { Config } from "../config/config.js";
import { loadDialects } from "../dialects/registry.js";
import { EnvironmentContext, withEnvironment, type EnvironmentOptions } from "../runtime/environment.js";
import type { MigrationsFn } from "../runtime/migration-context.js";
import { withBuildService } from "../script/load-modules.js";
import { runEnvScript } from "../script/load-scripts.js";
import type { ScriptDirectory } from "../script/script-directory.js";
import { RetortError, fail, messageOf } from "../util/errors.js";

export interface RunEnvOptions {
  readonly fn: MigrationsFn | null;
  readonly asSql?: boolean;
  readonly startingRev?: string | readonly string[] | null;
  readonly destinationRev?: string | readonly string[] | null;
  readonly tag?: string | null;
  readonly purge?: boolean;
  readonly dontMutate?: boolean;
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
  const dialects = await loadDialects();
  // Graph errors surface at the first lookup, inside the run (after BEGIN offline), as in
  // Alembic; only a revision file that cannot be read fails here, before anything is printed.
  const map = await script.revisionMap();
  let sql = "";
  // Offline, thousands of statements and log lines go out in a few large writes. Online, and on
  // a terminal, every line goes out at once, so progress shows and the two streams interleave.
  const buffer = (o.asSql ?? false) && !process.stdout.isTTY && !process.stderr.isTTY;
  const stdout = bufferedWriter((text) => config.write(text), buffer);
  const stderr = bufferedWriter((text) => void process.stderr.write(text), buffer);
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
    writeSql: (text) => {
      sql += text;
      stdout.write(text);
    },
    writeStderr: (text) => stderr.write(text),
    writeStdout: (text) => stdout.write(text),
  };
  const env = new EnvironmentContext(options);
  performance.mark("retort:env");
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
    stdout.flush();
    stderr.flush();
  }
  if (failure === null) return sql;
  if (failure.error instanceof RetortError) throw failure.error;
  throw new RetortError(messageOf(failure.error), { cause: failure.error });
}

/** Collects writes and passes them on in chunks of about 64 KiB, and on flush(); or at once. */
function bufferedWriter(write: (text: string) => void, buffer: boolean): { write(text: string): void; flush(): void } {
  if (!buffer) return { write, flush: () => {} };
  let pending: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    const text = pending.join("");
    pending = [];
    size = 0;
    write(text);
  };
  return {
    write: (text) => {
      pending.push(text);
      size += text.length;
      if (size >= 65536) flush();
    },
    flush,
  };
}
