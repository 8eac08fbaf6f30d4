/*
 * `import()` of what is not bundled with Retort: drivers, the bundler, the user's own modules.
 * The command line runs Retort compiled from V8's code cache (bin/retort.js), as a script that
 * Node 20 gives no `import()` of its own; there, the command line lends its own under HOOK.
 */

const HOOK = Symbol.for("retort-migrate.import");

export function importModule<T = Record<string, unknown>>(specifier: string): Promise<T> {
  const hook = (globalThis as { [HOOK]?: (specifier: string) => Promise<unknown> })[HOOK];
  return (hook === undefined ? import(specifier) : hook(specifier)) as Promise<T>;
}
