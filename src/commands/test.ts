/** `retort test`: the migration test kit (src/testkit) from the command line. */
import type { Config } from "../config/config.js";
import { migrationTests, type MigrationTestResult } from "../testkit/kit.js";
import { fail } from "../util/errors.js";

export interface TestOptions {
  /** Default "pglite://": a new in-memory PGlite database per test. */
  readonly url?: string | null;
  readonly heads?: readonly string[] | null;
}

const LABELS: Readonly<Record<MigrationTestResult["name"], string>> = {
  singleHead: "single head",
  upgrade: "upgrade",
  stairway: "stairway",
  downgrade: "downgrade",
  modelMatch: "model match",
};

const MARK: Readonly<Record<MigrationTestResult["status"], string>> = { passed: "ok  ", failed: "FAIL", unavailable: "skip" };

/** Prints one line per test (its details indented below a failure) and fails when one failed. */
export async function test(config: Config, o: TestOptions = {}): Promise<readonly MigrationTestResult[]> {
  const results = await migrationTests({ config, ...(o.url ? { url: o.url } : {}), ...(o.heads ? { heads: o.heads } : {}) }).all();
  for (const r of results) {
    // A failure's message starts with the test's name, for runners that show only the message.
    const [first = "", ...more] = r.detail.replace(/^(single head|heads|upgrade|stairway|downgrade|model match): /, "").split("\n");
    config.print(`${MARK[r.status]} ${LABELS[r.name]}: ${first}`);
    for (const line of more) config.print(`    ${line}`);
  }
  const failed = results.filter((r) => r.status === "failed");
  if (failed.length > 0) fail(`${failed.length} of ${results.filter((r) => r.status !== "unavailable").length} migration tests failed (${failed.map((r) => LABELS[r.name]).join(", ")})`);
  return results;
}
