import { context, engineFromConfig, fileConfig } from "retort-migrate";

// this is the Retort Config object, which provides
// access to the values within the .ini file in use.
const config = context.config;

// Interpret the config file for logging.
// This line sets up loggers basically.
if (config.configFileName !== null) {
  fileConfig(config.configFileName);
}

// add your model's MetaData object here
// for 'autogenerate' support
// import { metadata } from "../models.js";
// const targetMetadata = metadata;
const targetMetadata = null;

// other values from the config, defined by the needs of env.ts,
// can be acquired:
// const myImportantOption = config.getMainOption("my_important_option");
// ... etc.

/**
 * Run migrations in 'offline' mode.
 *
 * This configures the context with just a URL and not a connection.
 * By skipping the connection we don't even need a database driver
 * to be available.
 *
 * Calls to context.execute() here emit the given string to the
 * script output.
 */
async function runMigrationsOffline(): Promise<void> {
  const url = config.getMainOption("url") ?? config.getMainOption("sqlalchemy.url");
  context.configure({
    url,
    targetMetadata,
    literalBinds: true,
  });

  await context.beginTransaction(async () => {
    await context.runMigrations();
  });
}

/**
 * Run migrations in 'online' mode.
 *
 * In this scenario we need to connect to the database and associate
 * the connection with the context.
 */
async function runMigrationsOnline(): Promise<void> {
  const connectable = engineFromConfig(config.getSection(config.configIniSection, {}), {
    prefix: "sqlalchemy.",
  });

  await connectable.connect(async (connection) => {
    context.configure({ connection, targetMetadata });

    await context.beginTransaction(async () => {
      await context.runMigrations();
    });
  });
}

// Retort calls the function this module exports as its default once the module
// has loaded. (A top-level `await` is not allowed in a CommonJS package, which is
// what `npm init` makes.)
export default async function main(): Promise<void> {
  if (context.isOfflineMode()) {
    await runMigrationsOffline();
  } else {
    await runMigrationsOnline();
  }
}
