import { fail } from "../util/errors.js";

export type Backend = "postgresql" | "pglite" | "sqlite" | "mysql" | "mariadb";

/** A parsed database URL. `toString()` never shows the password; only a driver reads it. */
export interface DbUrl {
  readonly backend: Backend;
  /** What the user typed after `+` (`postgresql+psycopg2`): accepted, names no other driver. */
  readonly driverSuffix: string | null;
  readonly username: string | null;
  readonly password: string | null;
  readonly host: string | null;
  readonly port: number | null;
  /** Database name (servers) or file / folder path (SQLite, PGlite); null for in-memory. */
  readonly database: string | null;
  readonly query: Readonly<Record<string, string>>;
  toString(): string;
}

const SCHEMES: Readonly<Record<string, Backend>> = {
  postgresql: "postgresql",
  postgres: "postgresql",
  pglite: "pglite",
  sqlite: "sqlite",
  mysql: "mysql",
  mariadb: "mariadb",
};

const URL_SHAPE = /^([A-Za-z][A-Za-z0-9]*)(?:\+([A-Za-z0-9_]+))?:\/\/(.*)$/s;

/** Parse a database URL in SQLAlchemy's forms (contract section 2). */
export function parseUrl(text: string): DbUrl {
  const m = URL_SHAPE.exec(text.trim());
  if (!m) fail(`Could not parse the database URL '${redactUrlText(text)}'`);
  const [, scheme = "", suffix, rest = ""] = m;
  const backend = SCHEMES[scheme.toLowerCase()];
  if (!backend) {
    fail(`Can't load plugin for database URL '${redactUrlText(text)}': unknown scheme '${scheme}' (use postgresql, pglite, sqlite, mysql or mariadb)`);
  }
  const [beforeQuery = "", queryText = ""] = splitOnce(rest, "?");
  const query = Object.fromEntries(new URLSearchParams(queryText));
  if (backend === "sqlite" || backend === "pglite") {
    // sqlite:///rel.db -> "rel.db"; sqlite:////abs.db -> "/abs.db"; sqlite:// -> memory
    const path = beforeQuery.startsWith("/") ? beforeQuery.slice(1) : beforeQuery;
    return makeUrl({ backend, driverSuffix: suffix ?? null, username: null, password: null, host: null, port: null, database: path === "" || path === ":memory:" ? null : decodeURIComponent(path), query });
  }
  const [authority = "", dbPath = ""] = splitOnce(beforeQuery, "/");
  const at = authority.lastIndexOf("@");
  const userInfo = at >= 0 ? authority.slice(0, at) : null;
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const [user, pass] = userInfo === null ? [null, null] : splitUserInfo(userInfo);
  const { host, port } = splitHostPort(hostPort, text);
  return makeUrl({ backend, driverSuffix: suffix ?? null, username: user, password: pass, host, port, database: dbPath === "" ? null : decodeURIComponent(dbPath), query });
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}

function splitUserInfo(info: string): [string | null, string | null] {
  const i = info.indexOf(":");
  if (i < 0) return [decodeURIComponent(info), null];
  return [decodeURIComponent(info.slice(0, i)), decodeURIComponent(info.slice(i + 1))];
}

function splitHostPort(hostPort: string, text: string): { host: string | null; port: number | null } {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostPort);
  const host = m?.[1] ? m[1].replace(/^\[|\]$/g, "") : null;
  const portText = m?.[2];
  if (portText === undefined || portText === "") return { host, port: null };
  if (!/^\d+$/.test(portText)) fail(`Invalid port '${portText}' in database URL '${redactUrlText(text)}'`);
  return { host, port: Number(portText) };
}

function makeUrl(fields: Omit<DbUrl, "toString">): DbUrl {
  const url = { ...fields, toString: () => renderUrl(fields, true) };
  return Object.freeze(url);
}

function renderUrl(u: Omit<DbUrl, "toString">, redact: boolean): string {
  const scheme = u.backend + (u.driverSuffix ? `+${u.driverSuffix}` : "");
  if (u.backend === "sqlite" || u.backend === "pglite") return `${scheme}://${u.database === null ? "" : "/" + u.database}`;
  let auth = "";
  if (u.username !== null) {
    auth = encodeURIComponent(u.username);
    if (u.password !== null) auth += ":" + (redact && u.password !== "" ? "***" : encodeURIComponent(u.password));
    auth += "@";
  }
  const host = (u.host ?? "") + (u.port !== null ? `:${u.port}` : "");
  const db = u.database !== null ? `/${encodeURIComponent(u.database)}` : "";
  const q = new URLSearchParams(u.query).toString();
  return `${scheme}://${auth}${host}${db}${q ? "?" + q : ""}`;
}

/** Replace the password of any URL-looking text with `***`, for messages that quote raw input. */
export function redactUrlText(text: string): string {
  return text.replace(/(\b[A-Za-z][A-Za-z0-9+]*:\/\/[^:/@\s]*:)([^@\s]*)@/g, "$1***@");
}
