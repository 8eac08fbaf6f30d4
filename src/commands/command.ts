// The public `command` namespace: every CLI verb as an async function (Alembic's alembic.command).
export { init, listTemplates } from "./init.js";
export { revision } from "./revision.js";
export { merge } from "./merge.js";
export { upgrade, downgrade, stamp, ensureVersion } from "./migrate.js";
export { current } from "./current.js";
export { history, heads, branches, show } from "./inspect.js";
export { edit } from "./edit.js";
export { check } from "./check.js";
