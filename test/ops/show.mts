import { loadCases, runOffline } from "/work/main/test/ops/harness.ts";
const words = process.argv.slice(2);
for (const c of [...loadCases("cases"), ...loadCases("own-cases")].filter((c) => words.some((w) => c.name.includes(w)))) {
  console.log("=====", c.name);
  console.log(c.ts);
  let got: string;
  try { got = await runOffline(c); } catch (e) { got = "ERROR: " + (e as Error).message + "\n" + ((e as Error).stack ?? "").split("\n").slice(1,4).join("\n"); }
  const exp = c.expectedSql ?? "ERROR: " + c.expectedError;
  if (got === exp) { console.log("OK"); continue; }
  console.log("--- expected\n" + exp + "--- got\n" + got);
}
