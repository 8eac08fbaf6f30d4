/**
 * The errors SQLAlchemy raises while compiling DDL, where their class matters: CREATE TABLE
 * wraps a CompileError in "(in table 't', column 'c'): ..." but lets an ArgumentError through.
 */
import { RetortError } from "../../util/errors.js";

/** SQLAlchemy's ArgumentError raised from inside a compile (not wrapped by CREATE TABLE). */
export class ArgumentError extends RetortError {}

/**
 * SQLAlchemy's UnsupportedCompilationError: a dialect's compiler has no rendering for an element
 * (SQLite and a PostgreSQL-only type). Its message names the Python compiler, as SQLAlchemy's
 * does, with the object's address written `0x...` (it differs on every run).
 */
const BACKGROUND = " (Background on this error at: https://sqlalche.me/e/14/l7de)";

export class UnsupportedCompilationError extends RetortError {
  /** The message without SQLAlchemy's background link (what CREATE TABLE's wrapper quotes). */
  readonly bare: string;

  constructor(compilerClass: string, element: string) {
    const bare = `Compiler <${compilerClass} object at 0x...> can't render element of type ${element}`;
    super(bare + BACKGROUND);
    this.bare = bare;
  }
}

/** The text an enclosing CompileError quotes: SQLAlchemy's ce.args[0], without the link. */
export function compileErrorText(err: unknown, fallback: string): string {
  return err instanceof UnsupportedCompilationError ? err.bare : fallback;
}
