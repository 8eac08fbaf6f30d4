import { existsSync } from "node:fs";
import type { Config } from "../config/config.js";
import { loadDialects } from "../dialects/registry.js";
import { EnvironmentContext, withEnvironment, type EnvironmentOptions } from "../runtime/environment.js";
import type { MigrationsFn } from "../runtime/migration-context.js";
import { importTypeScript } from "../script/load-modules.js";
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
export async function runEnv(config: Config, script: ScriptDirectory, o: RunEnvOptions): Promise<string> {
  if (!existsSync(script.envPath)) fail(`No env script found at ${script.envPath}`);
  const dialects = await loadDialects();
  let map: Awaited<ReturnType<ScriptDirectory["revisionMap"]>> | null = null;
  let fn = o.fn;
  try {
    map = await script.revisionMap();
  } catch (err) {
    // Offline, Alembic 1.8.1 builds the graph inside run_migrations, after BEGIN is printed,
    // so a broken graph fails there; online nothing is printed either way.
    if (!(o.asSql ?? false) || fn === null) throw err;
    fn = async () => {
      throw err;
    };
  }
  let sql = "";
  const options: EnvironmentOptions = {
    config,
    script,
    map,
    dialects,
    fn,
    asSql: o.asSql ?? false,
    startingRev: o.startingRev ?? null,
    destinationRev: o.destinationRev ?? null,
    tag: o.tag ?? null,
    purge: o.purge ?? false,
    dontMutate: o.dontMutate ?? false,
    writeSql: (text) => {
      sql += text;
      config.write(text);
    },
    writeStderr: (text) => void process.stderr.write(text),
    writeStdout: (text) => config.write(text),
  };
  const env = new EnvironmentContext(options);
  try {
    await withEnvironment(env, () => importTypeScript([script.envPath]));
  } catch (err) {
    if (err instanceof RetortError) throw err;
    throw new RetortError(messageOf(err), { cause: err });
  }
  return sql;
}
