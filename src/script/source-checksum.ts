import { readFileSync } from "node:fs";
import { sha256 } from "../util/hash.js";

/** A character JavaScript's trimEnd() removes, other than \n, right before a \n; or any \r. */
const UNTRIMMED_LINE = /[^\S\n]\n|\r/;

/**
 * The checksum a revision file is recorded with when it is applied: SHA-256 of its source with
 * line endings made \n and trailing whitespace dropped from each line and from the end, so that
 * a checkout with other line endings or an editor that trims lines is not a change.
 */
export function sourceChecksum(source: string): string {
  const trimmed = source.trimEnd();
  // Most files have nothing to normalise but their final newline: hashed as they are.
  if (!UNTRIMMED_LINE.test(trimmed)) return sha256(trimmed);
  const normalised = trimmed
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trimEnd();
  return sha256(normalised);
}

/** The checksum of the file at `path`; null when it cannot be read. */
export function fileChecksum(path: string): string | null {
  try {
    return sourceChecksum(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}
