#!/usr/bin/env node
// bench/current.ts reads the marks: where a command's time goes (src/util/phase-mark.ts)
if (process.env.RETORT_PHASE_MARKS === "1") performance.mark("retort:bin");

// Node 21 and newer say what they are in `navigator`; on Node 20 the PostgreSQL driver asks
// whether it runs on Cloudflare by loading the whole fetch implementation instead (35 ms).
globalThis.navigator ??= { userAgent: `Node.js/${process.versions.node.split(".")[0]}` };

const { main } = await import("../dist/cli/main.js");
process.exitCode = await main(process.argv.slice(2));
// Into a pipe whose reader is slow, what the command printed may still be on its way: an exit
// now would cut `upgrade --sql | ...` short. A write's callback runs once all before it are out.
const flushed = (stream) => new Promise((resolve) => stream.write("", () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
// Everything the command opened is closed by now. Should a driver or a user's env.ts still
// hold the event loop (a socket, a timer), the command is done all the same: a CI job must
// never hang on it.
setTimeout(() => process.exit(), 250).unref();
