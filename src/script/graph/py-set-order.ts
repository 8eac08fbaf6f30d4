/*
 * The iteration order of a small CPython 3.11 `set` of strings, as Alembic 1.8.1 sees it when
 * run with PYTHONHASHSEED=0 (the seed our recorded fixtures use).
 *
 * Alembic picks some version-table rows by set order: in a merge, which parent row is updated
 * and which are deleted (`RevisionStep.merge_branch_idents`); in an unmerge, which parent rows
 * are inserted (`_unmerge_to_revisions`); and the order of a revision's normalized
 * dependencies (`_normalize_depends_on`). To print the same SQL we replay CPython's table:
 * string hash = SipHash-1-3 with a zero key (PYTHONHASHSEED=0), open addressing with 9 linear
 * probes then perturbation, resize to 4x used at 60% fill (Objects/setobject.c). With another
 * seed Alembic's own order changes from run to run, so no fixed order could match it.
 */

const MASK64 = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & MASK64;

/** SipHash-1-3 with k0 = k1 = 0 over `bytes`. */
function siphash13(bytes: Uint8Array): bigint {
  let v0 = 0x736f6d6570736575n;
  let v1 = 0x646f72616e646f6dn;
  let v2 = 0x6c7967656e657261n;
  let v3 = 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & MASK64;
    v1 = rotl(v1, 13n) ^ v0;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & MASK64;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = (v0 + v3) & MASK64;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = (v2 + v1) & MASK64;
    v1 = rotl(v1, 17n) ^ v2;
    v2 = rotl(v2, 32n);
  };
  const word = (at: number, n: number): bigint => {
    let m = 0n;
    for (let i = n - 1; i >= 0; i--) m = (m << 8n) | BigInt(bytes[at + i] as number);
    return m;
  };
  const full = bytes.length - (bytes.length % 8);
  for (let at = 0; at < full; at += 8) {
    const m = word(at, 8);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  const b = ((BigInt(bytes.length) & 0xffn) << 56n) | word(full, bytes.length - full);
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & MASK64;
}

/** CPython's str hash as an unsigned 64-bit value, hashing the string's compact representation. */
export function pyStrHash(s: string): bigint {
  const cps = [...s].map((c) => c.codePointAt(0) as number);
  if (cps.length === 0) return 0n;
  const max = Math.max(...cps);
  const width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
  const bytes = new Uint8Array(cps.length * width);
  cps.forEach((cp, i) => {
    for (let k = 0; k < width; k++) bytes[i * width + k] = (cp >> (8 * k)) & 0xff;
  });
  const h = siphash13(bytes);
  return h === MASK64 ? MASK64 - 1n : h; // a hash of -1 is reserved and becomes -2
}

interface Entry {
  readonly key: string;
  readonly hash: bigint;
}

const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** An open-addressing table with CPython's probe sequence; `dummy` marks a discarded key. */
class PySet {
  private table: (Entry | "dummy" | null)[] = new Array(8).fill(null);
  private fill = 0;
  private used = 0;

  static of(keys: Iterable<string>): PySet {
    const s = new PySet();
    for (const k of keys) s.add(k);
    return s;
  }

  private get mask(): number {
    return this.table.length - 1;
  }

  add(key: string, hash = pyStrHash(key)): void {
    const mask = BigInt(this.mask);
    let i = Number(hash & mask);
    let perturb = hash;
    for (;;) {
      const probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const e = this.table[i + j];
        if (e === null) {
          this.table[i + j] = { key, hash };
          this.fill++;
          this.used++;
          if (this.fill * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (e !== "dummy" && e !== undefined && e.key === key) return;
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
    }
  }

  private resize(minUsed: number): void {
    let size = 8;
    while (size <= minUsed) size <<= 1;
    const old = this.table;
    this.table = new Array(size).fill(null);
    this.fill = this.used;
    const mask = BigInt(size - 1);
    for (const e of old) {
      if (e === null || e === "dummy") continue;
      // set_insert_clean: first empty slot along the same probe sequence.
      let i = Number(e.hash & mask);
      let perturb = e.hash;
      for (;;) {
        const probes = i + LINEAR_PROBES <= size - 1 ? LINEAR_PROBES : 0;
        const free = Array.from({ length: probes + 1 }, (_, j) => i + j).find((k) => this.table[k] === null);
        if (free !== undefined) {
          this.table[free] = e;
          break;
        }
        perturb >>= PERTURB_SHIFT;
        i = Number((BigInt(i) * 5n + 1n + perturb) & mask);
      }
    }
  }

  discard(key: string): void {
    const at = this.table.findIndex((e) => e !== null && e !== "dummy" && e.key === key);
    if (at >= 0) {
      this.table[at] = "dummy";
      this.used--;
    }
  }

  entries(): Entry[] {
    return this.table.filter((e): e is Entry => e !== null && e !== "dummy");
  }

  get size(): number {
    return this.used;
  }
}

/** `list(set(keys))`. */
export const pySetOrder = (keys: readonly string[]): string[] => PySet.of(keys).entries().map((e) => e.key);

/** `list(set(keys).difference(other))` where `other` is a set of `otherSize` strings. */
export function pySetDifferenceOrder(keys: readonly string[], other: ReadonlySet<string>): string[] {
  const so = PySet.of(keys);
  if (so.size >> 2 > other.size) {
    // set_copy_and_difference: same table, discarded slots become dummies.
    for (const e of so.entries()) if (other.has(e.key)) so.discard(e.key);
    return so.entries().map((e) => e.key);
  }
  const result = new PySet();
  for (const e of so.entries()) if (!other.has(e.key)) result.add(e.key, e.hash);
  return result.entries().map((e) => e.key);
}

/** `s = set(keys); for each group: s.difference_update(group); tuple(s)`. */
export function pySetMinusOrder(keys: readonly string[], remove: Iterable<string>): string[] {
  const so = PySet.of(keys);
  for (const k of remove) so.discard(k);
  return so.entries().map((e) => e.key);
}

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
