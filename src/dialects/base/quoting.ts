/**
 * Identifier quoting in the manner of SQLAlchemy's IdentifierPreparer: a name is quoted
 * only when it must be (a reserved word, an illegal character, an illegal first
 * character, or not all lowercase), so `account` prints bare and `"User"` quoted.
 */

export interface Quoting {
  /** Quote one identifier if SQL requires it. */
  quote(name: string): string;
  /** Whether `name` needs quoting. */
  requiresQuotes(name: string): boolean;
  /** Quote unconditionally. */
  forceQuote(name: string): string;
}

const LEGAL = /^[A-Z0-9_$]+$/i;
// SQLAlchemy's ILLEGAL_INITIAL_CHARACTERS: digits and "$" (a leading underscore is fine).
const ILLEGAL_INITIAL = /^[0-9$]/;

export function makeQuoting(reserved: ReadonlySet<string>, quoteChar = '"'): Quoting {
  const forceQuote = (name: string) => quoteChar + name.replaceAll(quoteChar, quoteChar + quoteChar) + quoteChar;
  const requiresQuotes = (name: string) => {
    const lower = name.toLowerCase();
    return reserved.has(lower) || ILLEGAL_INITIAL.test(name) || !LEGAL.test(name) || lower !== name;
  };
  return Object.freeze({
    quote: (name: string) => (requiresQuotes(name) ? forceQuote(name) : name),
    requiresQuotes,
    forceQuote,
  });
}
