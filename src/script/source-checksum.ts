import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

/**
 * The checksum a revision file is recorded with when it is applied: SHA-256 of its source with
 * line endings made \n and trailing whitespace dropped from each line and from the end, so that
 * a checkout with other line endings or an editor that trims lines is not a change.
 */
export function sourceChecksum(source: string): string {
  const normalised = source
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trimEnd();
  return createHash("sha256").update(normalised).digest("hex");
}

/** The checksum of the file at `path`; null when it cannot be read. */
export function fileChecksum(path: string): string | null {
  try {
    return sourceChecksum(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}
