/*
 * Text kept inside a revision file's leading block comment (the message of `revision -m`).
 * A block comment has no escape of its own and ends at the first `*` + `/`, so such a pair is
 * written with a backslash between: `*` `\` `/`. To keep every message readable back exactly,
 * one backslash is added to any run of backslashes between a `*` and a `/`, and reading removes
 * it again. Line breaks become "\n", as Python reads an Alembic docstring; nothing else changes,
 * so ordinary text reads the same in the file as in `history`.
 */

const WRITTEN = /\*(\\*)\//g;
const READ = /\*\\(\\*)\//g;

/** The text as it is written inside the comment: it never contains the comment's end. */
export function escapeCommentText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(WRITTEN, "*\\$1/");
}

/** The inverse of `escapeCommentText`, applied to what the comment holds. */
export function unescapeCommentText(text: string): string {
  return text.replace(READ, "*$1/");
}
