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

/** Said whenever a URL with credentials cannot be read: the usual cause is a raw reserved character. */
const PERCENT_HINT =
  "If the password holds reserved characters, percent-encode them (@ as %40, : as %3A, / as %2F, ? as %3F, % as %25)";

/** Parse a database URL in SQLAlchemy's forms (contract section 2). */
export function parseUrl(text: string): DbUrl {
  const m = URL_SHAPE.exec(text.trim());
  if (!m) unparsable(text, null);
  const [, scheme = "", suffix, rest = ""] = m;
  const backend = SCHEMES[scheme.toLowerCase()];
  if (!backend) {
    fail(`Can't load plugin for database URL '${maskCredentials(text)}': unknown scheme '${scheme}' (use postgresql, pglite, sqlite, mysql or mariadb)`);
  }
  const [beforeQuery = "", queryText = ""] = splitOnce(rest, "?");
  const query = Object.fromEntries(new URLSearchParams(queryText));
  if (backend === "sqlite" || backend === "pglite") {
    // sqlite:///rel.db -> "rel.db"; sqlite:////abs.db -> "/abs.db"; sqlite:// -> memory
    const path = beforeQuery.startsWith("/") ? beforeQuery.slice(1) : beforeQuery;
    const database = path === "" || path === ":memory:" ? null : decodeOr(path, () => unparsable(text, "the path has a '%' that does not start a percent-encoded character"));
    return makeUrl({ backend, driverSuffix: suffix ?? null, username: null, password: null, host: null, port: null, database, query });
  }
  // The authority ends at the first "/" or "?". An "@" after that means a password (or user name)
  // that holds a raw "/" or "?": where the host starts cannot be told, so nothing of it is quoted.
  const authorityEnd = rest.search(/[/?]/);
  const authority = authorityEnd < 0 ? rest : rest.slice(0, authorityEnd);
  if (authorityEnd >= 0 && rest.indexOf("@", authorityEnd) >= 0) unparsable(text, "where its host starts is unclear");
  const dbPath = beforeQuery.slice(authority.length + 1);
  const at = authority.lastIndexOf("@");
  const userInfo = at >= 0 ? authority.slice(0, at) : null;
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const badPercent = (): never => unparsable(text, "it has a '%' that does not start a percent-encoded character");
  const [user, pass] = userInfo === null ? [null, null] : splitUserInfo(userInfo, badPercent);
  const { host, port } = splitHostPort(hostPort, text, userInfo !== null);
  const database = dbPath === "" ? null : decodeOr(dbPath, badPercent);
  return makeUrl({ backend, driverSuffix: suffix ?? null, username: user, password: pass, host, port, database, query });
}

/** Fails with the URL's credentials masked, and the percent-encoding hint when it has any. */
function unparsable(text: string, reason: string | null): never {
  const masked = maskCredentials(text);
  const hint = masked !== text || text.includes("@") ? `. ${PERCENT_HINT}` : "";
  fail(`Could not parse the database URL '${masked}'${reason ? `: ${reason}` : ""}${hint}`);
}

/**
 * A URL that could not be parsed, fit to quote: everything between "://" and the last "@" becomes
 * "***". Without an "@", a ":" after the host name may start a password whose user forgot the
 * "@host": it is masked up to the path.
 */
export function maskCredentials(text: string): string {
  const m = /^([^:/@]*:\/\/)?(.*)$/s.exec(text);
  const head = m?.[1] ?? "";
  const rest = m?.[2] ?? text;
  const at = rest.lastIndexOf("@");
  if (at >= 0) return `${head}***${rest.slice(at)}`;
  if (!head) return text;
  return head + rest.replace(/^([^:/?]*):[^/?]*/, (whole, host: string) => (/^:\d*$/.test(whole.slice(host.length)) ? whole : `${host}:***`));
}

function decodeOr(text: string, onError: () => never): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return onError();
  }
}

function splitOnce(s: string, sep: string): [string, string] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ""] : [s.slice(0, i), s.slice(i + 1)];
}

function splitUserInfo(info: string, onError: () => never): [string | null, string | null] {
  const i = info.indexOf(":");
  if (i < 0) return [decodeOr(info, onError), null];
  return [decodeOr(info.slice(0, i), onError), decodeOr(info.slice(i + 1), onError)];
}

function splitHostPort(hostPort: string, text: string, hasUserInfo: boolean): { host: string | null; port: number | null } {
  const m = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostPort);
  const host = m?.[1] ? m[1].replace(/^\[|\]$/g, "") : null;
  const portText = m?.[2];
  if (portText === undefined || portText === "") return { host, port: null };
  if (!/^\d+$/.test(portText)) {
    // After the last "@" the port cannot be part of a password; without one, it may be.
    if (!hasUserInfo) unparsable(text, "the port is not a number");
    fail(`Invalid port '${portText}' in database URL '${maskCredentials(text)}'`);
  }
  return { host, port: Number(portText) };
}

/** The same URL naming another database (a file or folder path for embedded databases; null: in memory). */
export function withDatabase(url: DbUrl, database: string | null): DbUrl {
  const { toString: _shown, ...fields } = url;
  return makeUrl({ ...fields, database });
}

/** The URL as written, password included: only for handing to a Config, never for output. */
export function urlText(url: DbUrl): string {
  return renderUrl(url, false);
}

function makeUrl(fields: Omit<DbUrl, "toString">): DbUrl {
  const shown = (): string => renderUrl(fields, true);
  // A URL logged whole (console.log, JSON.stringify in a user's env.ts) shows what toString shows.
  const url = { ...fields, toString: shown, toJSON: shown, [Symbol.for("nodejs.util.inspect.custom")]: () => `DbUrl(${shown()})` };
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

/**
 * Hide the password of every URL in a text (a message that may quote raw input, a process's
 * command line): in each "scheme://…@" up to the last "@" before whitespace, only a plain user
 * name before the first ":" is kept.
 */
export function redactUrlText(text: string): string {
  return text.replace(/\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)(\S*)@/g, (whole, scheme: string, info: string) => {
    const colon = info.indexOf(":");
    if (colon < 0) return info.includes("@") ? `${scheme}***@` : whole;
    const user = info.slice(0, colon);
    if (colon === info.length - 1) return whole; // an empty password, shown as SQLAlchemy shows it
    return /^[^/?#@]*$/.test(user) ? `${scheme}${user}:***@` : `${scheme}***@`;
  });
}
