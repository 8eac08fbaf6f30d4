import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { cacheDir } from "../../util/cache-dir.js";

type PGliteClass = typeof import("@electric-sql/pglite").PGlite;
type PGliteInstance = InstanceType<PGliteClass>;
type CreateOptions = NonNullable<Parameters<PGliteClass["create"]>[1]>;

/**
 * Make a new database, in memory or in an empty folder. PostgreSQL's initdb takes PGlite
 * seconds, and every new database of one PGlite version is the same: the first one made is kept
 * in the cache folder as a tarball, and later ones start as a copy of it.
 */
export async function createDatabase(PGlite: PGliteClass, dataDir: string | undefined, options: CreateOptions): Promise<PGliteInstance> {
  const file = imageFile();
  const image = file === null ? null : readImage(file);
  if (image !== null) return PGlite.create(dataDir, { ...options, loadDataDir: image });
  const db = await PGlite.create(dataDir, options);
  if (file !== null) await saveImage(db, file);
  return db;
}

/** One image per PGlite version; null when the version cannot be told. */
function imageFile(): string | null {
  try {
    const main = createRequire(import.meta.url).resolve("@electric-sql/pglite");
    const { version } = JSON.parse(readFileSync(join(dirname(main), "..", "package.json"), "utf8")) as { version: string };
    return join(cacheDir(), `pglite-${version}-initdb.tar`);
  } catch {
    return null;
  }
}

function readImage(file: string): Blob | null {
  try {
    return new Blob([readFileSync(file)]);
  } catch {
    return null;
  }
}

/** Written beside its final name and renamed, so that a reader never sees half of it. */
async function saveImage(db: PGliteInstance, file: string): Promise<void> {
  const partial = `${file}.${process.pid}.partial`;
  try {
    await db.exec("CHECKPOINT"); // the image then needs no recovery when it is started
    const image = await db.dumpDataDir("none");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, Buffer.from(await image.arrayBuffer()));
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true }); // a cache that cannot be written only costs time
  }
}
