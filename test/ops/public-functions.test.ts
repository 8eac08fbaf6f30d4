/*
 * Every public function of `sa` and `postgresql`, called with missing and wrongly typed
 * arguments: each either works or fails with Retort's one-line error, never a JavaScript
 * TypeError, and no message shows an object's insides or a function's source.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import * as retort from "../../src/index.js";
import { RetortError } from "../../src/util/errors.js";

const WRONG: readonly unknown[] = [undefined, null, 5, "x", {}, [], () => "source of a function", Symbol("s"), [undefined], { a: () => 1 }];

/** Argument lists: none, then each wrong value alone, after one string, and after two. */
const ARGUMENT_LISTS: readonly unknown[][] = [[], ...WRONG.flatMap((w) => [[w], ["x", w], ["x", "y", w]])];

function functionsOf(label: string, namespace: object): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(namespace)
    .filter((e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === "function")
    .map(([name, fn]) => [`${label}.${name}`, fn]);
}

const FUNCTIONS = [...functionsOf("sa", retort.sa), ...functionsOf("postgresql", retort.postgresql)];

test("the walk covers the public namespaces", () => {
  assert.ok(FUNCTIONS.length > 80, `only ${FUNCTIONS.length} functions found`);
});

test("wrong arguments to any sa or postgresql function fail with a Retort error, never a TypeError", () => {
  const raw: string[] = [];
  for (const [name, fn] of FUNCTIONS) {
    for (const args of ARGUMENT_LISTS) {
      try {
        const result = fn(...args);
        if (result instanceof Promise) result.catch(() => {});
      } catch (err) {
        if (!(err instanceof RetortError)) raw.push(`${name}: ${(err as Error).constructor.name}: ${(err as Error).message}`);
        else assert.doesNotMatch(err.message, /source of a function|\[object Object\]|=>/, `${name}: ${err.message}`);
      }
    }
  }
  assert.deepEqual([...new Set(raw)], []);
});
