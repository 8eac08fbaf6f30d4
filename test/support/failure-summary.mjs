// A test reporter that prints nothing until the run ends, then one line per failed test (its
// file, line and name, and the first line of its error), so the end of a long CI log says what failed.
export default async function* failureSummary(source) {
  const failed = [];
  for await (const event of source) {
    if (event.type !== "test:fail") continue;
    const { name, file, line, details } = event.data;
    const error = details?.error;
    if (error?.failureType === "subtestsFailed") continue; // its subtests are listed themselves
    const cause = error?.cause ?? error;
    const message = String(cause?.message ?? cause ?? "").split("\n").find((l) => l.trim() !== "") ?? "";
    const where = file === undefined ? "" : `${file.replace(process.cwd() + "/", "")}:${line ?? "?"} `;
    failed.push(`# FAILED ${where}${name}: ${message.trim().slice(0, 300)}`);
  }
  if (failed.length > 0) yield `# ${failed.length} failed:\n${failed.join("\n")}\n`;
}
