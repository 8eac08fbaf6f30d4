/*
 * Orders Python gives lists that Alembic prints or picks from. Alembic 1.8.1 leaves some in set
 * (hash) order; the recorded corpus pins those to sorted or declared order
 * (test/graph/FORMAT.md, "Orders Alembic leaves open"), so what is left here is Python's sort.
 */

/**
 * Python's string order (by code point), for the lists Alembic (or our recorder) sorts.
 * JavaScript's default sort compares UTF-16 units, which differs only for characters above
 * U+FFFF against U+E000-U+FFFF: a surrogate unit always stands for the larger code point.
 */
export function comparePy(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const sx = x >= 0xd800 && x <= 0xdfff;
    const sy = y >= 0xd800 && y <= 0xdfff;
    if (sx !== sy) return sx ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}
