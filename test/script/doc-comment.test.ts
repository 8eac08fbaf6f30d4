import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeCommentText, unescapeCommentText } from "../../src/script/doc-comment.js";
import { leadingDocstring } from "../../src/script/read-identifiers.js";
import { renderTemplate } from "../../src/script/template.js";

const TRICKY = ["*/", "**/", "*\\/", "*\\\\/", "/*/", "a */ b /* c", "*//*", "\\", "*", "/", "x*/\ny*/", "\\*/\\", "plain"];

test("escaped comment text never ends the comment and reads back exactly", () => {
  // Every string of up to five of these characters, plus the tricky ones.
  const alphabet = ["*", "/", "\\", "a", "\n"];
  const all: string[] = [...TRICKY];
  const grow = (prefix: string): void => {
    if (prefix.length > 0) all.push(prefix);
    if (prefix.length < 5) for (const c of alphabet) grow(prefix + c);
  };
  grow("");
  for (const text of all) {
    const written = escapeCommentText(text);
    assert.ok(!written.includes("*/"), JSON.stringify(text));
    assert.equal(unescapeCommentText(written), text, JSON.stringify(text));
  }
});

test("a multi-line message rendered into the doc comment reads back line for line", () => {
  const template = "/**\n * ${message}\n *\n * Revision ID: ${upRevision}\n */\nexport const revision = ${literal(upRevision)};\n";
  const message = "first\n\n  indented */ still inside\n* bullet";
  const source = renderTemplate(template, { message: escapeCommentText(message), upRevision: "abc" });
  assert.equal(source, "/**\n * first\n *\n *   indented *\\/ still inside\n * * bullet\n *\n * Revision ID: abc\n */\nexport const revision = \"abc\";\n");
  assert.equal(leadingDocstring(source), `\n${message}\n\nRevision ID: abc\n`);
});

test("a multi-line value keeps a // gutter, and code placeholders get no gutter", () => {
  assert.equal(renderTemplate("// ${m}", { m: "a\nb" }), "// a\n// b");
  assert.equal(renderTemplate("${code}\n  ${body}", { code: "x\ny", body: "p\nq" }), "x\ny\n  p\nq");
});
