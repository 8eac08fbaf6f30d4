import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO } from "./cli.js";
import { scratchDir } from "./scratch.js";

/**
 * A project outside the repository with Retort installed the way a user installs it: from the
 * packed tarball, so that a file missing from `files` or a broken `bin` shows.
 * Returns the project folder and the path of its installed `retort` executable.
 */
export function installPacked(): { project: string; bin: string } {
  const work = scratchDir("retort-user-");
  // Without "prepare": the suite built dist/ already, and rebuilding it here would rewrite the
  // files other tests' processes are loading.
  const packed = execFileSync("npm", ["pack", "--silent", "--ignore-scripts", "--pack-destination", work], { cwd: REPO, encoding: "utf8" }).trim().split("\n").pop()!;
  const project = join(work, "project");
  execFileSync("mkdir", ["-p", project]);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "tutorial", private: true, type: "module" }, null, 2));
  execFileSync("npm", ["install", "--silent", "--no-audit", "--no-fund", join(work, packed)], { cwd: project, stdio: "ignore" });
  return { project, bin: join(project, "node_modules", "retort-migrate", "bin", "retort.js") };
}
