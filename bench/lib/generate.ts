// Seeded revision graphs for the benchmarks: a straight line, and a branchy history with several
// heads, an independent base, merges (two- and three-way), dependencies and branch labels.

export interface BenchRevision {
  readonly revision: string;
  readonly downRevision: string | readonly string[] | null;
  readonly branchLabels: string | null;
  readonly dependsOn: string | readonly string[] | null;
  readonly message: string;
}

export type Shape = "linear" | "branchy";

/** mulberry32: a small deterministic PRNG, so every run benchmarks the same graph. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function idMaker(random: () => number): () => string {
  const seen = new Set<string>();
  return () => {
    for (;;) {
      let id = "";
      while (id.length < 12) id += Math.floor(random() * 16).toString(16);
      if (!seen.has(id)) {
        seen.add(id);
        return id;
      }
    }
  };
}

export function generate(shape: Shape, count: number, seed = 20211120): BenchRevision[] {
  return shape === "linear" ? linear(count, seed) : branchy(count, seed);
}

function linear(count: number, seed: number): BenchRevision[] {
  const nextId = idMaker(rng(seed));
  const out: BenchRevision[] = [];
  let tip: string | null = null;
  for (let i = 0; i < count; i++) {
    const revision = nextId();
    out.push({ revision, downRevision: tip, branchLabels: null, dependsOn: null, message: `step ${i}` });
    tip = revision;
  }
  return out;
}

interface Line {
  tip: string;
  /** Revisions of this line that already have a child on it (the tip excluded). */
  readonly passed: string[];
  /** The trunk tip a feature forked from: merging it back needs a newer trunk. */
  readonly forkedAt: string | null;
  readonly label: string | null;
  /** Short feature branches are merged back into the trunk; labelled lines stay open as heads. */
  readonly feature: boolean;
}

/**
 * Revisions are created in topological order (a parent or a dependency always exists before the
 * revisions naming it), so the graph has no cycles whatever the dice say.
 */
function branchy(count: number, seed: number): BenchRevision[] {
  const random = rng(seed);
  const nextId = idMaker(random);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const out: BenchRevision[] = [];
  const add = (r: Omit<BenchRevision, "revision" | "message">): string => {
    const revision = nextId();
    out.push({ revision, ...r, message: `change ${out.length}` });
    return revision;
  };
  const trunk: Line = { tip: add({ downRevision: null, branchLabels: "core", dependsOn: null }), passed: [], forkedAt: null, label: "core", feature: false };
  const lines: Line[] = [trunk];
  // Long-lived labelled lines fork from the trunk at these fractions; "plugin" starts its own base.
  const forks = new Map([
    [Math.floor(count * 0.02), "reports"],
    [Math.floor(count * 0.1), "plugin"],
    [Math.floor(count * 0.3), "billing"],
    [Math.floor(count * 0.55), "search"],
  ]);
  while (out.length < count) {
    const label = forks.get(out.length);
    if (label !== undefined) {
      const down = label === "plugin" ? null : trunk.tip;
      lines.push({ tip: add({ downRevision: down, branchLabels: label, dependsOn: null }), passed: [], forkedAt: null, label, feature: false });
      continue;
    }
    const open = lines.filter((l) => l.feature);
    const mergeable = open.filter((l) => l.forkedAt !== trunk.tip);
    const left = count - out.length;
    const r = random();
    if (mergeable.length > 0 && r < 0.05) {
      // Merge one feature (sometimes two) back into the trunk; features still open at the end stay heads.
      const merging = mergeable.length > 1 && random() < 0.25 ? [mergeable[0]!, mergeable[1]!] : [pick(mergeable)];
      trunk.tip = add({ downRevision: [trunk.tip, ...merging.map((l) => l.tip)], branchLabels: null, dependsOn: null });
      for (const m of merging) lines.splice(lines.indexOf(m), 1);
    } else if (open.length < 5 && r < 0.09 && left > 10) {
      lines.push({ tip: add({ downRevision: trunk.tip, branchLabels: null, dependsOn: null }), passed: [], forkedAt: trunk.tip, label: null, feature: true });
    } else {
      const line = random() < 0.5 ? trunk : pick(lines);
      // Dependencies name a revision of a long-lived labelled line that already has a child
      // there: Alembic 1.8.1 itself crashes (KeyError in HeadMaintainer) on some dependencies
      // on a line's current tip, so the benchmark keeps to what it can run.
      const others = lines.filter((l) => l !== line && l.label !== null && l.label !== "core" && l.passed.length > 0);
      let dependsOn: string | readonly string[] | null = null;
      if (others.length > 0 && random() < 0.03) {
        const other = pick(others);
        // A label names the revision that declares it: the line's first, which has a child.
        dependsOn = random() < 0.3 ? other.label : pick(other.passed);
      }
      line.passed.push(line.tip);
      line.tip = add({ downRevision: line.tip, branchLabels: null, dependsOn });
    }
  }
  return out;
}
