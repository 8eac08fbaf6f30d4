// What scripts/build.mjs bundles into dist/lib/retort.cjs, the one file of Retort's code: the
// command line, the library and its test kit, so that the command line and the env.ts it runs
// share one instance of everything (the running migration, the registries). The library and the
// kit run their modules' top level on first use (esbuild makes a require() of a bundled ES
// module a call that runs it once): `--help` needs neither.
declare const require: (id: string) => unknown;

import { VERBS } from "./cli/verbs.js";

export { main } from "./cli/main.js";
/** Whether `word` names a command: the command line keeps compiled code for command names only. */
export const isCommandName = (word: string): boolean => Object.hasOwn(VERBS, word);
export const library = (): typeof import("./index.js") => require("./index.js") as typeof import("./index.js");
export const testing = (): typeof import("./testing.js") => require("./testing.js") as typeof import("./testing.js");
