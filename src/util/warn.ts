import { flushHeldStderr } from "./stderr-order.js";

/**
 * Python's warnings.warn for the SQLAlchemy and Alembic warnings Retort repeats: one line on
 * stderr, with the warning's category, whatever the logging configuration says.
 */
export function warn(category: string, message: string): void {
  flushHeldStderr(); // log lines a run holds come first
  process.stderr.write(`${category}: ${message}\n`);
}
