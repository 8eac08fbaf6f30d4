/**
 * One revision's upgrade() or downgrade() on a connection, through the same runtime as
 * `retort upgrade` (transaction, version table, op queue), with Retort's default environment:
 * the project's env.ts is not run, so the kit needs no URL of the user's.
 */
import type { Config } from "../config/config.js";
import type { BoundConnection } from "../dialects/dialect.js";
import type { DialectTable } from "../dialects/registry.js";
import { EnvironmentContext, withEnvironment } from "../runtime/environment.js";
import { planDowngrade, revisionStep, type MigrationStep } from "../runtime/steps.js";
import type { RevisionMap, RevisionNode } from "../script/graph/types.js";
import type { Script } from "../script/script.js";
import type { ScriptDirectory } from "../script/script-directory.js";

export interface KitProject {
  readonly config: Config;
  readonly script: ScriptDirectory;
  readonly map: RevisionMap<Script>;
  readonly dialects: DialectTable;
}

const nothing = (): void => {};

/** Run planned steps (given the version table's heads) in one transaction on `conn`. */
export async function runSteps(project: KitProject, conn: BoundConnection, plan: (heads: readonly string[]) => readonly MigrationStep<Script>[]): Promise<void> {
  const env = new EnvironmentContext({
    config: project.config,
    script: project.script,
    map: project.map,
    dialects: project.dialects,
    fn: async (heads) => plan(heads),
    asSql: false,
    startingRev: null,
    destinationRev: null,
    tag: null,
    purge: false,
    dontMutate: false,
    writeSql: nothing,
    writeStderr: nothing,
    writeStdout: nothing,
  });
  await withEnvironment(env, async () => {
    env.configure({ connection: conn });
    await env.beginTransaction(() => env.runMigrations());
  });
}

export const upgradeOne = (p: KitProject, conn: BoundConnection, node: RevisionNode<Script>): Promise<void> =>
  runSteps(p, conn, () => [revisionStep(p.map, node, true)]);

export const downgradeOne = (p: KitProject, conn: BoundConnection, node: RevisionNode<Script>): Promise<void> =>
  runSteps(p, conn, () => [revisionStep(p.map, node, false)]);

export const downgradeToBase = (p: KitProject, conn: BoundConnection): Promise<void> =>
  runSteps(p, conn, (heads) => planDowngrade(p.map, "base", heads));
