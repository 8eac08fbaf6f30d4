// "retort-migrate/testing": the migration test kit for node --test, vitest or jest.
export { migrationTests, MigrationTestError } from "./testkit/kit.js";
export type { MigrationTestOptions, MigrationTestResult, MigrationTestName } from "./testkit/kit.js";
