// Runs the whole test suite: builds, checks the database servers, then runs every
// test/**/*.test.ts with Node's test runner (through tsx, with explicit paths).
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { createConnection } from "node:net";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== "node_modules" && name !== "fixtures" && name !== "cases") out.push(...findTests(full));
    } else if (name.endsWith(".test.ts")) out.push(full);
  }
  return out;
}

function reachable(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.end(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const missing = [];
if (!(await reachable(5432))) missing.push("PostgreSQL on 127.0.0.1:5432 (trust auth) is not running");
if (!(await reachable(3306))) missing.push("MariaDB on 127.0.0.1:3306 (root, no password) is not running");
for (const m of missing) console.error(`test setup: ${m}`);
if (missing.length > 0) process.exit(1);

const filter = process.argv.slice(2);
const files = findTests(join(root, "test")).filter((f) => filter.length === 0 || filter.some((x) => f.includes(x)));
// TAP as it goes, then the failed tests again at the very end, where a truncated log still shows them.
const reporters = ["--test-reporter=tap", "--test-reporter-destination=stdout", "--test-reporter=./test/support/failure-summary.mjs", "--test-reporter-destination=stdout"];
const run = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=4", ...reporters, ...files], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
