// The public `command` namespace: every CLI verb as an async function (Alembic's alembic.command).
//
// Each verb's module is imported on its first call, not with the package: every env.ts and
// revision file imports the package, so every command would otherwise load all of them
// (autogenerate, lint, the test kit), which is a good part of a small command's start.
import type * as Init from "./init.js";
import type * as Revision from "./revision.js";
import type * as Merge from "./merge.js";
import type * as Migrate from "./migrate.js";
import type * as Current from "./current.js";
import type * as Inspect from "./inspect.js";
import type * as Edit from "./edit.js";
import type * as Check from "./check.js";
import type * as Lint from "./lint.js";
import type * as Test from "./test.js";
import type * as Verify from "./verify.js";

export const init: typeof Init.init = async (...args) => (await import("./init.js")).init(...args);
export const listTemplates: typeof Init.listTemplates = async (...args) => (await import("./init.js")).listTemplates(...args);
export const revision: typeof Revision.revision = async (...args) => (await import("./revision.js")).revision(...args);
export const merge: typeof Merge.merge = async (...args) => (await import("./merge.js")).merge(...args);
export const upgrade: typeof Migrate.upgrade = async (...args) => (await import("./migrate.js")).upgrade(...args);
export const downgrade: typeof Migrate.downgrade = async (...args) => (await import("./migrate.js")).downgrade(...args);
export const stamp: typeof Migrate.stamp = async (...args) => (await import("./migrate.js")).stamp(...args);
export const ensureVersion: typeof Migrate.ensureVersion = async (...args) => (await import("./migrate.js")).ensureVersion(...args);
export const current: typeof Current.current = async (...args) => (await import("./current.js")).current(...args);
export const history: typeof Inspect.history = async (...args) => (await import("./inspect.js")).history(...args);
export const heads: typeof Inspect.heads = async (...args) => (await import("./inspect.js")).heads(...args);
export const branches: typeof Inspect.branches = async (...args) => (await import("./inspect.js")).branches(...args);
export const show: typeof Inspect.show = async (...args) => (await import("./inspect.js")).show(...args);
export const edit: typeof Edit.edit = async (...args) => (await import("./edit.js")).edit(...args);
export const check: typeof Check.check = async (...args) => (await import("./check.js")).check(...args);
export const lint: typeof Lint.lint = async (...args) => (await import("./lint.js")).lint(...args);
export const test: typeof Test.test = async (...args) => (await import("./test.js")).test(...args);
export const verify: typeof Verify.verify = async (...args) => (await import("./verify.js")).verify(...args);
