// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by package or file, and by function.
import { readFileSync } from "node:fs";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** node_modules/<pkg>/... -> "pkg:<pkg>"; the repository's files by their path; V8's pseudo-frames by name. */
function owner(node: ProfileNode): string {
  const url = node.callFrame.url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return `pkg:${pkg[1]}`;
  if (url.startsWith("node:")) return "node internals";
  if (url === "") return node.callFrame.functionName || "(native)";
  if (/\/retort-[^/]+\/[^/]+\.mjs$/.test(url)) return "revision files (generated module)";
  return url.replace(/^file:\/\/.*?\/(dist|src|bin)\//, "$1/");
}

/** A coarse phase for a frame, so a profile reads as "importing X ms, graph Y ms, I/O Z ms". */
function phase(node: ProfileNode, who: string): string {
  const fn = node.callFrame.functionName;
  if (/^pkg:(sucrase|esbuild)$/.test(who) || /load-(revisions|modules)\.js$/.test(who) || who.startsWith("revision files")) return "importing revision files";
  if (fn === "compileSourceTextModule") return "importing revision files";
  if (/script\/graph\/|runtime\/(head-maintainer|steps)\.js$/.test(who)) return "revision graph";
  if (/read-identifiers\.js$|script-directory\.js$/.test(who)) return "reading identifiers";
  if (["fstat", "close", "read", "readFileUtf8", "openFileHandle", "open", "lstat", "readdir", "realpath"].includes(who)) return "file system";
  if (who === "(garbage collector)") return "garbage collection";
  if (who === "(idle)") return "idle (waiting)";
  return "other";
}

export function summariseProfile(path: string, top = 12): string {
  const p = JSON.parse(readFileSync(path, "utf8")) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byPhase = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const node = byId.get(id);
    const dt = p.timeDeltas[i] ?? 0;
    if (!node) return;
    total += dt;
    const who = owner(node);
    byOwner.set(who, (byOwner.get(who) ?? 0) + dt);
    const ph = phase(node, who);
    byPhase.set(ph, (byPhase.get(ph) ?? 0) + dt);
    const fn = `${node.callFrame.functionName || "(anonymous)"} (${who}:${node.callFrame.lineNumber + 1})`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  });
  const ms = (us: number): string => `${(us / 1000).toFixed(0).padStart(6)} ms`;
  const list = (m: Map<string, number>): string[] => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `  ${ms(v)}  ${k}`);
  return [
    `sampled ${ms(total).trim()}; self time by phase:`,
    ...list(byPhase),
    "by owner:",
    ...list(byOwner),
    "by function:",
    ...list(byFunction),
  ].join("\n");
}
