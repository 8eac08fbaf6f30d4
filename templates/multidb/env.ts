import { context, engineFromConfig, fileConfig, getLogger, outputFile, type BoundConnection } from "retort-migrate";

// this is the Retort Config object, which provides
// access to the values within the .ini file in use.
const config = context.config;

// Interpret the config file for logging.
// This line sets up loggers basically.
if (config.configFileName !== null) {
  fileConfig(config.configFileName);
}
const logger = getLogger("retort.env");

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
 * Run migrations in 'offline' mode.
 *
 * This configures the context with just a URL and not a connection.
 * By skipping the connection we don't even need a database driver
 * to be available.
 *
 * The SQL of each database is written to its own file, <name>.sql.
 */
async function runMigrationsOffline(): Promise<void> {
  for (const name of dbNames) {
    const url = config.getSectionOption(name, "url") ?? config.getSectionOption(name, "sqlalchemy.url");
    logger.info(`Migrating database ${name}`);
    const file = `${name}.sql`;
    logger.info(`Writing output to ${file}`);
    const buffer = outputFile(file);
    try {
      context.configure({
        url,
        outputBuffer: buffer,
        targetMetadata: targetMetadata[name],
        literalBinds: true,
      });
      await context.beginTransaction(async () => {
        await context.runMigrations({ engineName: name });
      });
    } finally {
      buffer.close();
    }
  }
}

/**
 * Run migrations in 'online' mode.
 *
 * Connect to every database, then migrate each inside its own transaction;
 * the transactions are nested, so they all commit once every database has
 * been migrated, and a failure anywhere rolls every one of them back (where
 * the database can roll back DDL).
 */
async function runMigrationsOnline(): Promise<void> {
  const connections = new Map<string, BoundConnection>();
  try {
    for (const name of dbNames) {
      connections.set(name, await engineFromConfig(config.getSection(name, {}), { prefix: "sqlalchemy." }).connect());
    }
    const migrate = async (index: number): Promise<void> => {
      const name = dbNames[index];
      if (name === undefined) return;
      logger.info(`Migrating database ${name}`);
      context.configure({
        connection: connections.get(name)!,
        targetMetadata: targetMetadata[name],
      });
      await context.beginTransaction(async () => {
        await context.runMigrations({ engineName: name });
        await migrate(index + 1);
      });
    };
    await migrate(0);
  } finally {
    for (const connection of connections.values()) await connection.close();
  }
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
