import assert from "node:assert/strict";
import { test } from "node:test";
import { NOT_LITERAL, readIdentifiers } from "../../src/script/read-identifiers.js";

test("reads the four literal exports and the header comment", () => {
  const r = readIdentifiers(`/**
 * add index
 *
 * Revision ID: b2
 * Revises: a1, a0
 */
import { op } from "retort-migrate";
// export const revision = "commented";
const text = "export const revision = 'in a string'";
export const revision = "b2";
export const downRevision: string | string[] | null = ["a1", 'a0'];
export const branchLabels: string | string[] | null = null;
export const dependsOn = \`c3\`;
export async function upgrade(): Promise<void> { const revision = "inner"; }
`);
  assert.equal(r.exports.get("revision"), "b2");
  assert.deepEqual(r.exports.get("downRevision"), ["a1", "a0"]);
  assert.equal(r.exports.get("branchLabels"), null);
  assert.equal(r.exports.get("dependsOn"), "c3");
  assert.equal(r.docstring, "\nadd index\n\nRevision ID: b2\nRevises: a1, a0\n");
});

test("a value that is not a literal asks for an import", () => {
  const r = readIdentifiers(`const base = "x";
export const revision = base + "1";
export const downRevision = makeIt();
export const branchLabels = [base];
export const dependsOn = \`\${base}\`;
`);
  for (const name of ["revision", "downRevision", "branchLabels", "dependsOn"]) assert.equal(r.exports.get(name), NOT_LITERAL, name);
});

test("no header comment gives a null docstring; trailing spaces in it are kept", () => {
  assert.equal(readIdentifiers(`export const revision = "a";`).docstring, null);
  assert.equal(readIdentifiers(`/**\n * msg\n * Revises: \n */`).docstring, "\nmsg\nRevises: \n");
});
