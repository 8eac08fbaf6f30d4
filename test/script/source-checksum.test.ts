import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { sourceChecksum } from "../../src/script/source-checksum.js";

/*
 * The checksum of a revision file: its fast path (a file with nothing to normalise) must give
 * what the normalisation gives, written out here the long way.
 */
const normalisedSha256 = (source: string): string =>
  createHash("sha256")
    .update(source.replace(/\r\n?/g, "\n").split("\n").map((line) => line.trimEnd()).join("\n").trimEnd())
    .digest("hex");

const CASES = [
  "",
  "\n",
  "a",
  "a\n",
  "a\n\n\n",
  "a\nb\n",
  "a \nb\n",
  "a\t\nb",
  "a\r\nb\r\n",
  "a\rb\r",
  "a\u00a0\nb",
  "a\u2028\nb",
  "a\u2028b\n",
  "\n\na\n\n  b  \n",
  "export const revision = \"x\";\n\n// é ü 中\n",
];

test("the checksum is SHA-256 of the source with line endings and trailing whitespace normalised", () => {
  for (const c of CASES) assert.equal(sourceChecksum(c), normalisedSha256(c), JSON.stringify(c));
  // Random texts over the characters that matter.
  const alphabet = ["a", "b", " ", "\t", "\n", "\r", "\u00a0", "\u2028", "\u3000", "é"];
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let i = 0; i < 2000; i++) {
    let s = "";
    for (let n = next() % 24; n > 0; n--) s += alphabet[next() % alphabet.length];
    assert.equal(sourceChecksum(s), normalisedSha256(s), JSON.stringify(s));
  }
});

test("line endings and trailing whitespace are no change; anything else is", () => {
  const base = sourceChecksum("a\nb\n");
  assert.equal(sourceChecksum("a\r\nb\r\n"), base);
  assert.equal(sourceChecksum("a  \nb\t\n\n"), base);
  assert.notEqual(sourceChecksum("a\n b\n"), base);
  assert.notEqual(sourceChecksum("a\n\nb\n"), base);
});
