import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { redactUrlText } from "../config/url.js";

/*
 * Which process holds what, read from Linux's /proc (other systems answer "unknown": null or
 * an empty list). Only processes this user may inspect are seen.
 */

/** The pid that listens on the abstract Unix socket `name` (without its leading NUL). */
export function pidListeningOn(name: string): number | null {
  let table: string;
  try {
    table = readFileSync("/proc/net/unix", "utf8");
  } catch {
    return null;
  }
  // Columns: Num RefCount Protocol Flags Type St Inode Path; an abstract path shows as @name,
  // padded with @ for the NULs of the fixed-size address Node binds.
  const line = table.split("\n").find((l) => l.split(/\s+/)[7]?.replace(/@+$/, "") === `@${name}`);
  const inode = line?.split(/\s+/)[6];
  if (!inode) return null;
  return pidsHolding((target) => target === `socket:[${inode}]`)[0] ?? null;
}

/** The pids that have a file open inside `dir` (an absolute path), this process included. */
export function pidsWithFilesIn(dir: string): number[] {
  const prefix = dir.endsWith("/") ? dir : `${dir}/`;
  return pidsHolding((target) => target.startsWith(prefix));
}

function pidsHolding(matches: (target: string) => boolean): number[] {
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const found: number[] = [];
  for (const pid of pids) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to see
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (matches(target)) {
        found.push(Number(pid));
        break;
      }
    }
  }
  return found;
}

/** `process 1234 (node server.js)`: the pid, and its command line where it can be read. */
export function describeProcess(pid: number): string {
  let commandLine = "";
  try {
    commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).map(shortenPath).join(" ");
  } catch {
    // not readable here: the pid alone
  }
  if (commandLine.length > 100) commandLine = `${commandLine.slice(0, 97)}...`;
  return commandLine ? `process ${pid} (${redactUrlText(commandLine)})` : `process ${pid}`;
}

/** `/usr/bin/node` reads better as `node`, `/x/node_modules/.bin/retort` as `retort`. */
function shortenPath(arg: string): string {
  return /^\/.*\/(node|retort|retort\.js)$/.test(arg) ? arg.slice(arg.lastIndexOf("/") + 1) : arg;
}
