// Loaded with `node --import` in front of bin/retort.js: at exit, print each phase between
// Retort's performance marks (`retort:<phase>`, src/util/phase-mark.ts) as wall/CPU milliseconds
// of this process (CPU: user + system, GC threads included), so that a phase's cost can be told
// from waiting (on the database, on a busy machine's scheduler). See bench/README.md.
process.env.RETORT_PHASE_MARKS = "1";
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const rows = [["start", 0, 0]];
const mark = performance.mark.bind(performance);
performance.mark = (name, options) => {
  if (name.startsWith("retort:")) rows.push([name.slice("retort:".length), performance.now(), cpu()]);
  return mark(name, options);
};
process.on("exit", () => {
  rows.push(["exit", performance.now(), cpu()]);
  const phases = rows.slice(1).map(([name, wall, used], i) => `${name} ${(wall - rows[i][1]).toFixed(0)}/${(used - rows[i][2]).toFixed(0)}`);
  process.stderr.write(`RETORT_PHASES (wall/cpu ms, each since the mark before) ${phases.join("  ")}  total ${rows.at(-1)[1].toFixed(0)}/${rows.at(-1)[2].toFixed(0)}\n`);
});
