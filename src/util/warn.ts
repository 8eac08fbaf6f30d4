/**
 * Python's warnings.warn for the SQLAlchemy and Alembic warnings Retort repeats: one line on
 * stderr, with the warning's category, whatever the logging configuration says.
 */
export function warn(category: string, message: string): void {
  process.stderr.write(`${category}: ${message}\n`);
}
