// What scripts/build.mjs bundles into dist/lib/retort.cjs, the one file of Retort's code: the
// command line, the library and its test kit, so that the command line and the env.ts it runs
// share one instance of everything (the running migration, the registries). The library and the
// kit run their modules' top level on first use: `--help` needs neither.
export { main } from "./cli/main.js";
export const library = (): Promise<typeof import("./index.js")> => import("./index.js");
export const testing = (): Promise<typeof import("./testing.js")> => import("./testing.js");
