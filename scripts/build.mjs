// `npm run build`: tsc checks the types and writes the declarations; esbuild writes the
// JavaScript, bundled: Node's ESM loader pays for every module it reads, and a command loaded
// about 150 of Retort's. Code behind a dynamic import() stays in its own chunk, loaded on first
// use. Entries and chunks all sit two folders deep (dist/lib, dist/cli, dist/chunks), where the
// sources' import.meta.url paths (../../templates/, ../index.js) hold. Dependencies stay external,
// but for the PostgreSQL driver: pg is about 25 CommonJS files, and importing them from ESM
// costs the loader a lexer pass over each (about 12 ms of every command on a server URL).
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });
const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.json", "--emitDeclarationOnly"], { stdio: "inherit" });

await build({
  entryPoints: { "lib/index": "src/index.ts", "lib/testing": "src/testing.ts", "cli/main": "src/cli/main.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["esbuild", "sucrase", "@electric-sql/pglite", "better-sqlite3", "mysql2", "retort-migrate", "retort-migrate/*",
    // pg's optional native binding and its Cloudflare socket, required only where they apply.
    "pg-native", "pg-cloudflare"],
  // pg's bundled CommonJS calls require() for Node's own modules.
  banner: { js: 'import { createRequire as __retortCreateRequire } from "node:module"; const require = __retortCreateRequire(import.meta.url);' },
  // keepNames would wrap every function as it is created (a defineProperty each: about 5% of an
  // online upgrade of 1,000 revisions); without it only the few names esbuild renames to avoid a
  // collision (parseLiteral2) read differently, and only in a --raiseerr trace.
  keepNames: false,
  chunkNames: "chunks/[name]-[hash]",
  logLevel: "warning",
});
// The package's entry points, beside the declarations tsc wrote for them.
writeFileSync("dist/index.js", 'export * from "./lib/index.js";\n');
writeFileSync("dist/testing.js", 'export * from "./lib/testing.js";\n');
