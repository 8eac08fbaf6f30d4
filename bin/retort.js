#!/usr/bin/env node
// CommonJS (bin/package.json says so): an ES module entry would cost every command the start of
// Node's ES module loader, about 5 ms, where the graph commands need none.
"use strict";
const { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const { createRequire } = Module;
const { homedir, tmpdir } = require("node:os");
const { dirname, join } = require("node:path");
const { Script } = require("node:vm");

// bench/current.ts reads the marks: where a command's time goes (src/util/phase-mark.ts)
if (process.env.RETORT_PHASE_MARKS === "1") performance.mark("retort:bin");

// Node 21 and newer say what they are in `navigator`; on Node 20 the PostgreSQL driver asks
// whether it runs on Cloudflare by loading the whole fetch implementation instead (35 ms).
globalThis.navigator ??= { userAgent: `Node.js/${process.versions.node.split(".")[0]}` };

// A reader that stops reading (`retort history | head`, or the log's `2>&1 | head`) ends that
// output, not the command: what is left to print there is dropped without a word, and a
// migration under way still finishes.
for (const stream of [process.stdout, process.stderr]) {
  let closed = false;
  stream.on("error", (err) => {
    if (err.code === "EPIPE" || (closed && err.code === "ERR_STREAM_DESTROYED")) closed = true;
    else throw err;
  });
}

const retort = load(join(__dirname, "..", "dist", "lib", "retort.cjs"));
retort.main(process.argv.slice(2)).then(
  async (code) => {
    process.exitCode = code;
    retort.saveCode();
    // Into a pipe whose reader is slow, what the command printed may still be on its way: an
    // exit now would cut `upgrade --sql | ...` short. A write's callback runs once all before it
    // are out.
    const flushed = (stream) => new Promise((resolve) => stream.write("", () => resolve()));
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    // Everything the command opened is closed by now. When nothing else is left to finish (Node's
    // module loader may still be closing a file it read), exit at once: left to end by itself,
    // Node first waits for V8's background work, compiler jobs and garbage collection (about 8 ms
    // after a large revision graph). Should a driver or a user's env.ts still hold the event loop
    // (a socket, a timer, a write), it has 250 ms to finish: a CI job must never hang on it.
    const idle =
      process._getActiveHandles().every((handle) => handle === process.stdout || handle === process.stderr) &&
      process.getActiveResourcesInfo().every((resource) => resource === "CloseReq" || resource === "PipeWrap" || resource === "TTYWrap");
    if (idle) process.exit();
    setTimeout(() => process.exit(), 250).unref();
  },
  // --raiseerr: the failure goes out as an uncaught exception, with its stack, exit status 1.
  (err) => process.nextTick(() => {
    throw err;
  }),
);

/**
 * Retort's one file (scripts/build.mjs), compiled from V8's code cache where one was kept for
 * this build, and registered as the module Node would have loaded, so that the env.ts a command
 * runs imports this same instance. There is a cache for each command name, written after the
 * command's first run, so that it holds what that command compiled (V8 keeps a function's code
 * once it has run) and no more: V8 reads all of a cache, about 1 ms for each 100 KB. It sits
 * beside the file, or in the user's cache folder where the package's folder cannot be written;
 * it only ever saves time.
 */
function load(file) {
  // esbuild writes ASCII (it escapes the rest): read as Latin-1, without UTF-8 decoding.
  const source = readFileSync(file, "latin1");
  const id = /^\/\/ retort-migrate build (\w+)\n/.exec(source)?.[1] ?? null;
  // The command's name, near enough: the first word that is not an option (a word that is not a
  // command name counts as "-": one cache more).
  const word = process.argv.slice(2).find((arg) => !arg.startsWith("-")) ?? "-";
  const verb = /^[a-z_]+$/.test(word) ? word : "-";
  const places = id === null ? [] : [`${file}.${verb}.v8`, join(cacheHome(), "retort", "code", `${id}.${verb}.v8`)];
  let cached = null;
  for (const place of places) {
    cached = readCache(place, id);
    if (cached !== null) break;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData: cached?.data,
  });
  // What Retort cannot bundle it imports through here: a script compiled by vm has no import().
  globalThis[Symbol.for("retort-migrate.import")] = (specifier) => import(specifier);
  const module = new Module(file, null);
  module.filename = file;
  module.paths = Module._nodeModulePaths(dirname(file));
  const requireHere = createRequire(file);
  requireHere.cache[file] = module;
  script.runInThisContext()(module.exports, requireHere, module, file, dirname(file));
  module.loaded = true;
  const saveCode = () => {
    if (id === null || (cached !== null && !script.cachedDataRejected)) return;
    // A word that is no command (a typo) leaves no cache behind.
    if (verb !== "-" && !module.exports.isCommandName(verb)) return;
    // A command that changed V8's flags (PGlite's driver does) would leave code the next refuses.
    if (globalThis[Symbol.for("retort-migrate.v8-flags-changed")] === true) return;
    const data = Buffer.concat([Buffer.from(`${id}\n`, "latin1"), script.createCachedData()]);
    for (const place of places) if (writeAtomically(place, data)) return;
  };
  return { main: module.exports.main, saveCode };
}

/** The compiled code kept at `place` for build `id`, or null (none, unreadable, another build's). */
function readCache(place, id) {
  try {
    const bytes = readFileSync(place);
    const end = bytes.indexOf(10);
    return end > 0 && bytes.toString("latin1", 0, end) === id ? { data: bytes.subarray(end + 1) } : null;
  } catch {
    return null;
  }
}

function writeAtomically(place, data) {
  const tmp = `${place}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(place), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, place);
    return true;
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    return false;
  }
}

/**
 * The user's cache folder, as src/util/cache-dir.ts finds it for Retort's other caches (that
 * module is inside the bundle this file has yet to load, hence the copy).
 */
function cacheHome() {
  if (process.env.XDG_CACHE_HOME) return process.env.XDG_CACHE_HOME;
  if (process.platform === "win32" && process.env.LOCALAPPDATA) return process.env.LOCALAPPDATA;
  try {
    const home = homedir();
    if (home) return join(home, process.platform === "darwin" ? "Library/Caches" : ".cache");
  } catch {
    // no home folder
  }
  return tmpdir();
}
