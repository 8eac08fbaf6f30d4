import type { Backend, DbUrl } from "../config/url.js";
import { fail } from "../util/errors.js";
import type { Dialect } from "./dialect.js";
import type { DialectPlugin } from "./plugin.js";
import { mariadbPlugin, mysqlPlugin } from "./mysql/plugin.js";
import { postgresqlPlugin } from "./postgresql/plugin.js";
import { sqlitePlugin } from "./sqlite/plugin.js";

/**
 * Every database Retort speaks: one line per dialect folder. A dialect is imported only when a
 * command needs one, and its driver only when it connects, so `retort --help` loads neither.
 */
const PLUGINS: readonly DialectPlugin[] = [postgresqlPlugin, sqlitePlugin, mysqlPlugin, mariadbPlugin];

const ALIASES: Readonly<Record<string, Backend>> = { postgres: "postgresql" };

function pluginFor(backend: Backend): DialectPlugin | undefined {
  return PLUGINS.find((p) => p.backends.includes(backend));
}

/** All dialects, loaded, by backend: env.ts may name any of them synchronously in configure(). */
export type DialectTable = ReadonlyMap<Backend, Dialect>;

export async function loadDialects(): Promise<DialectTable> {
  const loaded = await Promise.all(PLUGINS.map(async (p) => [p, await p.load()] as const));
  return new Map(loaded.flatMap(([p, d]) => p.backends.map((b) => [b, d] as const)));
}

export async function loadDialect(url: DbUrl): Promise<Dialect> {
  const plugin = pluginFor(url.backend) ?? fail(`The ${url.backend} dialect is not available in this version of Retort`);
  return plugin.load();
}

export function dialectFromTable(table: DialectTable, name: string): Dialect {
  const key = (ALIASES[name] ?? name) as Backend;
  return table.get(key) ?? fail(`The ${name} dialect is not available in this version of Retort`);
}

/** Fails as dialectFromTable() does for a name no dialect has, without loading any. */
export function checkDialectName(name: string): void {
  if (pluginFor((ALIASES[name] ?? name) as Backend) === undefined) fail(`The ${name} dialect is not available in this version of Retort`);
}

/** The keywords dialect `name` accepts on construct `className`; undefined when no dialect of that name checks it. */
export function acceptedKwargs(name: string, className: string): readonly string[] | undefined {
  return PLUGINS.find((p) => p.name === name)?.acceptedKwargs[className];
}
