// `npm run build`: tsc checks the types and writes the declarations; esbuild writes the
// JavaScript: all of Retort in one CommonJS file, dist/lib/retort.cjs (src/bundle.ts). One file,
// because the command line compiles it from V8's code cache (bin/retort.js): Node 20 keeps no
// compiled code for ES modules, and loading Retort as about 50 of them cost a small command a
// third of its time (reading, resolving and compiling each). Code behind a dynamic import() stays
// in the file but runs only on first use. Dependencies stay external, but for the PostgreSQL
// driver: pg is about 25 CommonJS files, which Node would read and compile one by one.
// dist/index.js and dist/testing.js are the package's ES module entries: the same names, taken
// from that one file, so that a program, the command line and the env.ts it runs share one
// instance of Retort. The file sits two folders deep, where the sources' import.meta.url paths
// (../../templates/, ../index.js) hold.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { build } from "esbuild";

rmSync("dist", { recursive: true, force: true });
const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json")), "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.json", "--emitDeclarationOnly"], { stdio: "inherit" });

const BUNDLE = "dist/lib/retort.cjs";
await build({
  entryPoints: ["src/bundle.ts"],
  outfile: BUNDLE,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  external: ["esbuild", "sucrase", "@electric-sql/pglite", "better-sqlite3", "mysql2", "retort-migrate", "retort-migrate/*",
    // pg's optional native binding and its Cloudflare socket, required only where they apply.
    "pg-native", "pg-cloudflare"],
  // The sources are ES modules: strict, and they know their own URL.
  banner: { js: '"use strict";\nconst __retortModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { "import.meta.url": "__retortModuleUrl" },
  // keepNames would wrap every function as it is created (a defineProperty each: about 5% of an
  // online upgrade of 1,000 revisions); without it only the few names esbuild renames to avoid a
  // collision (parseLiteral2) read differently, and only in a --raiseerr trace.
  keepNames: false,
  logLevel: "warning",
});

// The build's identity on the first line, which the compiled-code cache is keyed by: a cache
// made from another build of the same length would otherwise pass V8's own check.
const code = readFileSync(BUNDLE, "utf8");
const id = createHash("sha256").update(code).digest("hex").slice(0, 32);
writeFileSync(BUNDLE, `// retort-migrate build ${id}\n${code}`);

// The package's ES module entries: every name of the library and of the kit, from the one instance.
const retort = createRequire(import.meta.url)(resolve(BUNDLE));
const entry = (part) =>
  `// The names of Retort's ${part} (scripts/build.mjs), from the one instance every importer shares.\n` +
  `import { createRequire } from "node:module";\n` +
  `const ${part} = createRequire(import.meta.url)("./lib/retort.cjs").${part}();\n` +
  `export const { ${Object.keys(retort[part]()).join(", ")} } = ${part};\n`;
writeFileSync("dist/index.js", entry("library"));
writeFileSync("dist/testing.js", entry("testing"));
