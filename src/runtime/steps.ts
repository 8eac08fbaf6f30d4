import type { RevisionRecord } from "../script/script.js";
import { shortDoc } from "../script/graph/describe.js";
import { RevisionError, withRevisionErrors } from "../script/graph/errors.js";
import { filterForLineage, getRevisionsRaw, isNode, getRevisionRaw } from "../script/graph/resolve.js";
import { ancestorsOf, descendantsOf } from "../script/graph/traverse.js";
import type { RevisionMap, RevisionNode } from "../script/graph/types.js";
import { iterateRevisions } from "../script/graph/walk.js";

/*
 * Migration steps, after Alembic's MigrationStep / RevisionStep / StampStep
 * (runtime/migration.py) and the planning half of ScriptDirectory (`_upgrade_revs`,
 * `_downgrade_revs`, `_stamp_revs` in script/base.py). Steps are plain frozen data; the
 * head maintainer (head-maintainer.ts) turns each into version-table actions.
 */

interface StepText {
  /** `MigrationStep.short_log`, e.g. "upgrade  -> 433af9f41996": offline prints `-- Running <shortLog>`. */
  readonly shortLog: string;
  /** `str(step)`: shortLog plus ", <doc>" when there is a doc; the log line is `Running <description>`. */
  readonly description: string;
  /** The INFO log line Alembic writes before running the step. */
  readonly logMessage: string;
  /** The offline comment text, without the leading "-- ". */
  readonly sqlComment: string;
}

/** Running one revision's upgrade() or downgrade(). */
export interface RevisionStep<S extends RevisionRecord = RevisionRecord> extends StepText {
  readonly kind: "revision";
  readonly map: RevisionMap<S>;
  readonly node: RevisionNode<S>;
  readonly script: S;
  readonly isUpgrade: boolean;
  /** "upgrade" or "downgrade": the function of the revision file to run. */
  readonly name: "upgrade" | "downgrade";
  readonly doc: string;
}

/** Moving the version table without running anything (`stamp`). */
export interface StampStep extends StepText {
  readonly kind: "stamp";
  readonly from: readonly string[];
  readonly to: readonly string[];
  readonly isUpgrade: boolean;
  /** Creates or deletes a branch rather than moving one. */
  readonly branchMove: boolean;
}

export type MigrationStep<S extends RevisionRecord = RevisionRecord> = RevisionStep<S> | StampStep;

const text = (name: string, from: readonly string[], to: readonly string[], doc: string): StepText => {
  const shortLog = `${name} ${from.join(", ")} -> ${to.join(", ")}`;
  const description = doc ? `${shortLog}, ${doc}` : shortLog;
  return { shortLog, description, logMessage: `Running ${description}`, sqlComment: `Running ${shortLog}` };
};

export function revisionStep<S extends RevisionRecord>(
  map: RevisionMap<S>,
  node: RevisionNode<S>,
  isUpgrade: boolean,
): RevisionStep<S> {
  const name = isUpgrade ? "upgrade" : "downgrade";
  const doc = shortDoc(node.script);
  // The texts use the versioned down revisions only (`*_no_deps`).
  const from = isUpgrade ? node.downRevisions : [node.revision];
  const to = isUpgrade ? [node.revision] : node.downRevisions;
  return Object.freeze({ kind: "revision", map, node, script: node.script, isUpgrade, name, doc, ...text(name, from, to, doc) });
}

export function stampStep(from: readonly string[], to: readonly string[], isUpgrade: boolean, branchMove: boolean): StampStep {
  // Alembic's StampStep runs `stamp_revision`, whose name is what its log shows.
  return Object.freeze({
    kind: "stamp",
    from: Object.freeze([...from]),
    to: Object.freeze([...to]),
    isUpgrade,
    branchMove,
    ...text("stamp_revision", from, to, ""),
  });
}

/** `ScriptDirectory._upgrade_revs`: the steps from `currentHeads` up to `destination`, in run order. */
export function planUpgrade<S extends RevisionRecord>(
  map: RevisionMap<S>,
  destination: string,
  currentHeads: readonly string[],
): RevisionStep<S>[] {
  return withRevisionErrors(
    { ancestor: "Destination %(end)s is not a valid upgrade target from current head(s)", end: destination },
    () =>
      iterateRevisions(map, destination, currentHeads, { implicitBase: true })
        .reverse()
        .map((n) => revisionStep(map, n, true)),
  );
}

/**
 * `ScriptDirectory._downgrade_revs`: the steps from `currentHeads` down to `destination`, in run
 * order. Pass the heads in the order the version table returns them (Alembic selects without
 * ORDER BY): a relative `-N` with several heads current starts from the first one.
 */
export function planDowngrade<S extends RevisionRecord>(
  map: RevisionMap<S>,
  destination: string,
  currentHeads: readonly string[],
): RevisionStep<S>[] {
  return withRevisionErrors(
    { ancestor: "Destination %(end)s is not a valid downgrade target from current head(s)", end: destination },
    () =>
      iterateRevisions(map, currentHeads, destination, { selectForDowngrade: true }).map((n) =>
        revisionStep(map, n, false),
      ),
  );
}

/**
 * The current heads an offline (`--sql`) run starts from, given the START of `START:END`
 * (`MigrationContext.get_current_heads` in as_sql mode): none for null or "base", else each
 * named revision resolved to its full id.
 */
export function offlineStartingHeads(map: RevisionMap, startingRev: string | null): string[] {
  if (startingRev === null || startingRev === "base") return [];
  return withRevisionErrors({}, () => {
    const rev = getRevisionRaw(map, startingRev);
    // Alembic then reads `.revision` off the result, which fails for "base"-like symbols.
    if (rev === null) throw new RevisionError(`'${startingRev}' does not name a starting revision`);
    return [rev.revision];
  });
}

/**
 * `ScriptDirectory._stamp_revs`: the stamp steps that move the version table from
 * `currentHeads` to `destinations` (empty means base). With `purge` the table is emptied first,
 * so planning (and the head maintainer) start from no heads (Alembic's `run_migrations` with
 * purge). The heads keep the version table's order: a stamp that moves several heads at once
 * lists them, and deletes all but the last, in that order.
 */
export function planStamp(
  map: RevisionMap,
  destinations: readonly string[],
  currentHeads: readonly string[],
  purge = false,
): StampStep[] {
  const heads = purge ? [] : currentHeads;
  return withRevisionErrors({ multipleHeads: "Multiple heads are present; please specify a single target revision" }, () => {
    const headRevs = getRevisionsRaw(map, heads).filter(isNode);
    const revision: readonly string[] = destinations.length > 0 ? destinations : ["base"];
    const filtered: RevisionNode[] = [];
    for (const d of revision) {
      if (!d) continue;
      for (const h of filterForLineage(map, headRevs, d, true)) if (!filtered.includes(h)) filtered.push(h);
    }
    const filteredIds = filtered.map((h) => h.revision);
    const destRevs = getRevisionsRaw(map, revision);
    const steps: StampStep[] = [];
    for (const dest of destRevs.length > 0 ? destRevs : [null]) {
      if (dest === null) {
        // Stamping to base deletes every head on the named lines.
        for (const h of filteredIds) steps.push(stampStep([h], [], false, true));
        continue;
      }
      if (!isNode(dest)) throw new RevisionError("A stamp destination walked below base");
      if (filtered.includes(dest)) continue;
      const isDescendant = descendantsOf(map, [dest]).some((n) => filtered.includes(n));
      const isAncestor = ancestorsOf(map, [dest]).some((n) => filtered.includes(n));
      if (isDescendant && isAncestor) {
        // Alembic asserts against this (a stamp that would move some heads up and others down).
        throw new RevisionError(`Cannot stamp ${dest.revision}: the current heads are both above and below it`);
      }
      if (isDescendant) steps.push(stampStep(filteredIds, [dest.revision], false, false));
      else if (isAncestor) steps.push(stampStep(filteredIds, [dest.revision], true, false));
      else steps.push(stampStep([], [dest.revision], true, true));
    }
    return steps;
  });
}
