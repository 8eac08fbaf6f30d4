import type { Backend } from "../config/url.js";
import type { Dialect } from "./dialect.js";

/**
 * What the registry knows of a dialect before it is loaded: the URLs it serves and the keyword
 * options its constructs accept (checked when a schema object is built, as SQLAlchemy does, so
 * before any dialect is loaded). The rest of the dialect is imported only when a command needs it.
 */
export interface DialectPlugin {
  /** The prefix of its keyword options (`postgresql` for `postgresqlWhere`). */
  readonly name: string;
  readonly backends: readonly Backend[];
  /** By construct (`Index`, `Table`, ...): the keywords it accepts, in Python's snake_case without the prefix. */
  readonly acceptedKwargs: Readonly<Record<string, readonly string[]>>;
  load(): Promise<Dialect>;
}
