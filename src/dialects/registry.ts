import type { Backend, DbUrl } from "../config/url.js";
import { fail } from "../util/errors.js";
import type { Dialect } from "./dialect.js";

/**
 * Every database Retort speaks, by URL backend. A dialect folder is imported only when a command
 * needs one, and its driver only when it connects, so `retort --help` loads neither.
 */
const DIALECTS: Readonly<Record<Backend, () => Promise<Dialect | null>>> = {
  postgresql: async () => (await import("./postgresql/index.js")).postgresqlDialect,
  pglite: async () => (await import("./postgresql/index.js")).postgresqlDialect,
  sqlite: async () => null,
  mysql: async () => null,
  mariadb: async () => null,
};

const ALIASES: Readonly<Record<string, Backend>> = { postgres: "postgresql" };

/** All dialects, loaded, by backend: env.ts may name any of them synchronously in configure(). */
export type DialectTable = ReadonlyMap<Backend, Dialect>;

export async function loadDialects(): Promise<DialectTable> {
  const entries = await Promise.all(Object.entries(DIALECTS).map(async ([k, load]) => [k as Backend, await load()] as const));
  return new Map(entries.filter((e): e is readonly [Backend, Dialect] => e[1] !== null));
}

export async function loadDialect(url: DbUrl): Promise<Dialect> {
  return (await DIALECTS[url.backend]()) ?? fail(`The ${url.backend} dialect is not available in this version of Retort`);
}

export function dialectFromTable(table: DialectTable, name: string): Dialect {
  const key = (ALIASES[name] ?? name) as Backend;
  return table.get(key) ?? fail(`The ${name} dialect is not available in this version of Retort`);
}
