// Loaded with `node --import` by bench/current.ts: at exit, print the performance marks Retort
// set on its way (`retort:<phase>`), in milliseconds from the process's start.
// Retort sets its marks only when asked (src/util/phase-mark.ts).
process.env.RETORT_PHASE_MARKS = "1";
process.on("exit", () => {
  const marks = performance.getEntriesByType("mark").filter((m) => m.name.startsWith("retort:"));
  const byName = Object.fromEntries(marks.map((m) => [m.name.slice("retort:".length), Math.round(m.startTime * 10) / 10]));
  process.stderr.write(`RETORT_MARKS ${JSON.stringify({ start: 0, ...byName })}\n`);
});
