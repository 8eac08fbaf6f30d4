// Alembic's compare_metadata and produce_migrations, as the package exports them: autogenerate
// is imported on the first call, not with the package that every env.ts and revision imports.
import type * as Api from "./api.js";

export const compareMetadata: typeof Api.compareMetadata = async (...args) => (await import("./api.js")).compareMetadata(...args);
export const produceMigrations: typeof Api.produceMigrations = async (...args) => (await import("./api.js")).produceMigrations(...args);
