/**
 * The kit's model match: what the migrations build at head must be what the models declare (an
 * autogenerate diff there is empty). The models are given where Alembic users give them, to
 * context.configure({ targetMetadata }) in env.ts, so env.ts runs here as `retort check` does,
 * on a new database upgraded to head that it can reach by URL: a scratch database on a server,
 * a file in a temporary folder for an embedded one. The user's own database is never touched.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Config } from "../config/config.js";
import { urlText, withDatabase, type DbUrl } from "../config/url.js";
import type { BoundConnection } from "../dialects/dialect.js";
import { diffTuples } from "../autogenerate/diff.js";
import { autogenerateFn, type AutogenResult } from "../autogenerate/run.js";
import { loadDialect } from "../dialects/registry.js";
import { runEnv } from "../commands/run-env.js";
import { bindConnection } from "../runtime/engine.js";
import { RetortError, fail } from "../util/errors.js";
import type { KitProject } from "./run-step.js";

/** env.ts gives no models: the test cannot run (reported as skipped, not failed). */
export class NoModelsError extends RetortError {}

const CONNECT = { lockTimeoutMs: 0, onWait: () => {} } as const;
const NO_METADATA = /does not provide a MetaData object/;

/** The differences autogenerate finds at head, one line each (empty: the models match). */
export async function diffModelsAtHead(project: KitProject, url: DbUrl, upgradeToHead: (conn: BoundConnection) => Promise<void>): Promise<string[]> {
  const dialect = await loadDialect(url);
  let target: DbUrl;
  let drop: () => Promise<void>;
  if (url.host === null) {
    const dir = mkdtempSync(join(tmpdir(), "retort-models-"));
    target = withDatabase(url, join(dir, "db"));
    drop = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const create = dialect.createScratchDatabase ?? fail(`retort test on ${url.toString()}: the ${dialect.name} dialect cannot create a scratch database`);
    const scratch = await create(url, CONNECT);
    target = scratch.url;
    drop = () => scratch.drop();
  }
  try {
    const raw = await dialect.connect(target, CONNECT);
    const initialized = dialect.initialize === undefined ? dialect : await dialect.initialize(raw);
    const conn = bindConnection(raw, initialized, target);
    try {
      await upgradeToHead(conn);
    } finally {
      await conn.close();
    }
    const source = project.config;
    const config = new Config(source.configFileName, { iniSection: source.configIniSection, cmdOpts: source.cmdOpts, attributes: source.attributes });
    // Retort's key, and Alembic's for an env.ts that reads it by that name.
    for (const key of ["url", "sqlalchemy.url"]) config.setMainOption(key, urlText(target));
    const results: AutogenResult[] = [];
    try {
      await runEnv(config, project.script, { fn: autogenerateFn((r) => results.push(r)), dontMutate: true, writeStderr: () => {} });
    } catch (err) {
      if (err instanceof Error && NO_METADATA.test(err.message)) throw new NoModelsError("env.ts gives context.configure() no targetMetadata");
      throw err;
    }
    if (results.length === 0) throw new NoModelsError("env.ts does not call context.runMigrations() online, where autogenerate runs");
    return results.flatMap((r) => diffTuples(r.ops.upgradeOps)).map((d) => JSON.stringify(d));
  } finally {
    await drop();
  }
}
