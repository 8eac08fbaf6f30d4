/** Two catalog snapshots compared as sets, kind by kind, as lines a person can act on. */
import type { CatalogSnapshot } from "../dialects/dialect.js";

export interface SnapshotDiff {
  /** In `after` only: what the downgrade left behind. */
  readonly added: readonly string[];
  /** In `before` only: what the downgrade removed that was there before the upgrade. */
  readonly removed: readonly string[];
}

export function diffSnapshots(before: CatalogSnapshot, after: CatalogSnapshot): SnapshotDiff {
  const kinds = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const added: string[] = [];
  const removed: string[] = [];
  for (const kind of kinds) {
    const b = new Set(before[kind] ?? []);
    const a = new Set(after[kind] ?? []);
    for (const row of a) if (!b.has(row)) added.push(`${kind}: ${row}`);
    for (const row of b) if (!a.has(row)) removed.push(`${kind}: ${row}`);
  }
  return { added, removed };
}

export const isEmptyDiff = (d: SnapshotDiff): boolean => d.added.length === 0 && d.removed.length === 0;

const MAX_LINES = 20;

/** "  left behind: tables: public.account r" lines, at most MAX_LINES of them. */
export function describeDiff(d: SnapshotDiff, addedLabel: string, removedLabel: string): string {
  const lines = [...d.added.map((r) => `  ${addedLabel}: ${r}`), ...d.removed.map((r) => `  ${removedLabel}: ${r}`)];
  const shown = lines.slice(0, MAX_LINES);
  if (lines.length > MAX_LINES) shown.push(`  ... and ${lines.length - MAX_LINES} more`);
  return shown.join("\n");
}
