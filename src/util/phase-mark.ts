/**
 * `retort:<phase>` performance marks, which bench/current.ts reads (bench/lib/phase-marks.mjs,
 * loaded with `node --import`, asks for them). The first use of `performance` loads Node's
 * perf_hooks, a few milliseconds of every command's start, so marks are set only when asked for.
 */
const wanted = process.env["RETORT_PHASE_MARKS"] === "1";

export function phaseMark(name: string): void {
  if (wanted) performance.mark(`retort:${name}`);
}
