/*
 * Ambient (src/util/ambient.ts): the first value bound takes a plain slot, later ones bound while
 * it is held go into AsyncLocalStorage. Whatever the order, code under a value finds that value,
 * across awaits and timers, while others run interleaved with it.
 */
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";
import { test } from "node:test";
import { Ambient } from "../../src/util/ambient.js";

/** Reads the value at several turns of the event loop and returns what it saw each time. */
async function readAcrossTurns(ambient: Ambient<string>, waits: readonly number[]): Promise<(string | undefined)[]> {
  const seen = [ambient.get()];
  for (const ms of waits) {
    await sleep(ms);
    seen.push(ambient.get());
    await Promise.resolve();
    seen.push(ambient.get());
  }
  return seen;
}

test("one value at a time: found under it, and nothing outside it", async () => {
  const ambient = new Ambient<string>();
  assert.equal(ambient.get(), undefined);
  const seen = await ambient.run("a", () => readAcrossTurns(ambient, [1, 0, 2]));
  assert.deepEqual(new Set(seen), new Set(["a"]));
  assert.equal(ambient.get(), undefined);
  assert.deepEqual(new Set(await ambient.run("b", () => readAcrossTurns(ambient, [1]))), new Set(["b"]));
});

test("values bound side by side each find their own, whichever holds the slot", async () => {
  const ambient = new Ambient<string>();
  const names = ["first", "second", "third", "fourth"];
  const runs = names.map((name, i) => ambient.run(name, () => readAcrossTurns(ambient, [i, 3 - i, 1, i % 2])));
  // The first ends early; one bound after it, while others are still running, takes the free slot.
  await runs[0];
  const late = ambient.run("late", () => readAcrossTurns(ambient, [2, 0, 1]));
  const all = await Promise.all([...runs, late]);
  [...names, "late"].forEach((name, i) => assert.deepEqual(new Set(all[i]), new Set([name]), name));
  assert.equal(ambient.get(), undefined);
});

test("a value bound from inside another's code finds itself, and the outer one finds itself after", async () => {
  const ambient = new Ambient<string>();
  // "stored" goes into AsyncLocalStorage (the slot is held by "holder"); once the holder ends,
  // "inner" is bound from inside the stored value's code and takes the free slot: it must not
  // inherit "stored".
  let release!: () => void;
  const holder = ambient.run("holder", () => new Promise<void>((resolve) => (release = resolve)));
  const outer = ambient.run("stored", async () => {
    await sleep(1);
    release();
    await holder;
    const inner = await ambient.run("inner", () => readAcrossTurns(ambient, [1, 0]));
    return { inner, after: await readAcrossTurns(ambient, [1]) };
  });
  const { inner, after } = await outer;
  assert.deepEqual(new Set(inner), new Set(["inner"]));
  assert.deepEqual(new Set(after), new Set(["stored"]));
});

test("nested in the slot's own code: the inner value, then the outer again", async () => {
  const ambient = new Ambient<string>();
  const seen = await ambient.run("outer", async () => {
    const inner = await ambient.run("inner", () => readAcrossTurns(ambient, [1]));
    return { inner, after: await readAcrossTurns(ambient, [1]) };
  });
  assert.deepEqual(new Set(seen.inner), new Set(["inner"]));
  assert.deepEqual(new Set(seen.after), new Set(["outer"]));
});

test("a function that throws before its first await frees the slot", async () => {
  const ambient = new Ambient<string>();
  assert.throws(() => ambient.run("a", () => { throw new Error("at once"); }), /at once/);
  await assert.rejects(ambient.run("b", async () => { throw new Error("later"); }), /later/);
  assert.equal(ambient.get(), undefined);
  assert.deepEqual(new Set(await ambient.run("c", () => readAcrossTurns(ambient, [0]))), new Set(["c"]));
});
