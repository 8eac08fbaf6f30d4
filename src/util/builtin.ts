import { createRequire } from "node:module";

const load = createRequire(import.meta.url);

/**
 * A Node built-in module, loaded when a caller first needs it rather than when its importer is
 * loaded: some bring dozens of Node's own modules with them (crypto and child_process bring the
 * streams, child_process also net and dgram), milliseconds of a command that never uses them.
 */
export const builtin = <T>(name: `node:${string}`): T => load(name) as T;
