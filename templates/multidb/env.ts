import { context, engineFromConfig, fileConfig, type BoundConnection } from "retort-migrate";

// this is the Retort Config object, which provides
// access to the values within the .ini file in use.
const config = context.config;

// Interpret the config file for logging.
// This line sets up loggers basically.
if (config.configFileName !== null) {
  fileConfig(config.configFileName);
}

// the engine names, each with its own [section] and url in the .ini file
const dbNames = (config.getMainOption("databases") ?? "")
  .split(",")
  .map((name) => name.trim())
  .filter(Boolean);

// add your model's MetaData objects here
// for 'autogenerate' support.  These must be set
// up to hold just those tables targeting a
// particular database. table.toMetadata() may be
// helpful here in case a "copy" of
// a MetaData is needed.
// import { metadata1, metadata2 } from "../models.js";
// const targetMetadata: Record<string, unknown> = { engine1: metadata1, engine2: metadata2 };
const targetMetadata: Record<string, unknown> = {};

/**
 * Run migrations in 'offline' mode: the SQL of each database is printed in turn,
 * under a comment naming its engine.
 */
async function runMigrationsOffline(): Promise<void> {
  for (const name of dbNames) {
    const section = config.getSection(name, {});
    const url = section["url"] ?? section["sqlalchemy.url"];
    context.staticOutput(`-- Migrating engine ${name}`);
    context.configure({
      url,
      targetMetadata: targetMetadata[name],
      literalBinds: true,
    });
    await context.beginTransaction(async () => {
      await context.runMigrations({ engineName: name });
    });
  }
}

/**
 * Run migrations in 'online' mode: connect to every database, then migrate each
 * in its own transaction, one database after the other.
 */
async function runMigrationsOnline(): Promise<void> {
  const connections = new Map<string, BoundConnection>();
  try {
    for (const name of dbNames) {
      connections.set(name, await engineFromConfig(config.getSection(name, {}), { prefix: "sqlalchemy." }).connect());
    }
    for (const name of dbNames) {
      context.configure({
        connection: connections.get(name)!,
        targetMetadata: targetMetadata[name],
      });
      await context.beginTransaction(async () => {
        await context.runMigrations({ engineName: name });
      });
    }
  } finally {
    for (const connection of connections.values()) await connection.close();
  }
}

if (context.isOfflineMode()) {
  await runMigrationsOffline();
} else {
  await runMigrationsOnline();
}
