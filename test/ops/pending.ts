/**
 * Corpus cases whose feature is not built yet. They still run, reported as TODO by the test
 * runner, so the gap stays visible without turning the suite red. Remove a name when it passes.
 */
const BATCH_RECREATE = "batch move-and-copy (recreate='always' / copy_from) is not built for PostgreSQL yet";

export const PENDING: Readonly<Record<string, string>> = {
  "507-batch-recreate-always-copy-from": BATCH_RECREATE,
  "518-batch-recreate-copy-from-drop-rename": BATCH_RECREATE,
  "519-batch-recreate-copy-from-constraints-indexes": BATCH_RECREATE,
  "520-batch-recreate-copy-from-schema": BATCH_RECREATE,
  "521-batch-recreate-copy-from-drop-constraint": BATCH_RECREATE,
  "522-batch-recreate-insert-before": BATCH_RECREATE,
  "524-batch-recreate-copy-from-enum": BATCH_RECREATE,
  "591-naming-convention-batch-copy-from": BATCH_RECREATE,
};
