import { withDetails } from "../../util/failure-details.js";
import type { RevisionRecord } from "../script.js";
import { RevisionError, withRevisionErrors } from "./errors.js";
import { getRevisionRaw, getRevisionsRaw, isNode } from "./resolve.js";
import { filesOf } from "./revision-map.js";
import type { RevisionMap, RevisionNode } from "./types.js";

/*
 * What a new revision file gets for its identifiers, after the checks of Alembic's
 * `ScriptDirectory.generate_revision` (script/base.py), used by `revision` (--head, --splice,
 * --depends-on, --branch-label, --rev-id) and `merge` (head = the revisions to merge).
 */

export interface NewRevisionOptions {
  /** The new revision id (`--rev-id`, or a generated one). */
  readonly revId: string;
  /** `--head` (default "head"), or for `merge` the revisions to merge. */
  readonly head?: string | readonly string[] | null;
  /** `--splice`: allow a parent that is not a head. */
  readonly splice?: boolean;
  /** `--depends-on`, one or several identifiers. */
  readonly dependsOn?: string | readonly string[] | null;
  /** `--branch-label`. */
  readonly branchLabels?: string | readonly string[] | null;
}

export interface NewRevisionPlan<S extends RevisionRecord> {
  /** The parents, as the template writes them: null, one id, or several (a merge). */
  readonly downRevision: string | readonly string[] | null;
  /** Dependencies with prefixes resolved to full ids; a name given as a branch label stays a label. */
  readonly dependsOn: string | readonly string[] | null;
  readonly branchLabels: readonly string[];
  /** The parent revisions, in order: with several version locations the first one's folder is the default. */
  readonly parents: readonly RevisionNode<S>[];
}

const toList = (v: string | readonly string[] | null | undefined): string[] =>
  v === null || v === undefined ? [] : typeof v === "string" ? [v] : [...v];

/** Alembic's `tuple_rev_as_scalar`. */
const asScalar = (ids: readonly string[]): string | readonly string[] | null =>
  ids.length === 0 ? null : ids.length === 1 ? (ids[0] as string) : ids;

const ILLEGAL = ["+", "-", "@"];

/** The checks and parents of a new revision; fails with Alembic's messages. */
export function planNewRevision<S extends RevisionRecord>(
  map: RevisionMap<S>,
  o: NewRevisionOptions,
): NewRevisionPlan<S> {
  const bad = ILLEGAL.filter((c) => o.revId.includes(c));
  if (bad.length > 0) {
    throw new RevisionError(`Character(s) '${bad.join(", ")}' not allowed in revision identifier '${o.revId}'`);
  }
  const heads = withRevisionErrors(
    {
      multipleHeads:
        "Multiple heads are present; please specify the head revision on which the new revision should be based, " +
        "or perform a merge.",
    },
    () => getRevisionsRaw(map, o.head ?? "head"),
  );
  const parents = heads.map((h) => {
    if (!isNode(h)) throw new RevisionError("The head revision for the new revision does not name a revision");
    return h as RevisionNode<S>;
  });
  if (new Set(parents).size !== parents.length) throw new RevisionError("Duplicate head revisions specified");
  if (!o.splice) {
    for (const p of parents) {
      if (!p.isHead) {
        throw new RevisionError(
          `Revision ${p.revision} is not a head revision; please specify --splice to create a new branch from this revision`,
        );
      }
    }
  }
  const deps = toList(o.dependsOn);
  const dependsOn =
    deps.length === 0
      ? null
      : asScalar(
          withRevisionErrors({}, () =>
            deps.map((dep) => {
              const rev = getRevisionRaw(map, dep);
              if (rev === null) throw new RevisionError(`Dependency '${dep}' does not name a revision`);
              return rev.branchLabels.includes(dep) ? dep : rev.revision;
            }),
          ),
        );
  const existing = map.node(o.revId);
  if (existing) throw withDetails(new RevisionError(`Revision ${o.revId} is present more than once`), filesOf([existing.script]));
  const labels = toList(o.branchLabels);
  for (const label of labels) {
    const holder = map.labelNode(label) ?? map.node(label);
    if (holder) {
      throw new RevisionError(`Branch name '${label}' in revision ${o.revId} already used by revision ${holder.revision}`);
    }
  }
  return Object.freeze({
    downRevision: asScalar(parents.map((p) => p.revision)),
    dependsOn,
    branchLabels: Object.freeze(labels),
    parents: Object.freeze(parents),
  });
}

/** The name the integration brief uses for the same check. */
export const checkNewRevisionParent = planNewRevision;
