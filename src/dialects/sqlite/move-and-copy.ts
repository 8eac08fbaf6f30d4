/**
 * Online move and copy on SQLite, beyond Alembic: what the table's copy would lose or break is
 * kept, or the batch fails naming it.
 * - Views and triggers that refer to the table (directly or through another view) are dropped
 *   before and created again after, from their own SQL: with the old table gone, SQLite's
 *   RENAME would refuse to run while they refer to it, and DROP TABLE takes the table's
 *   triggers with it. Indexes on expressions, which reflection cannot carry, come back the same way.
 *   A probe RENAME then makes SQLite check the whole schema, so one that no longer works is named.
 * - A CHECK constraint of the new table that refers to a column it no longer has is named
 *   (Retort keeps a reflected table's unnamed CHECKs, which Alembic drops).
 * - The row count must be the same after the copy, and an AUTOINCREMENT table's counter
 *   (sqlite_sequence) goes on from where it was, not from the largest id copied.
 * - Foreign keys: enforcement must be off while the old table is dropped. Inside a migration
 *   transaction it already is (foreign-keys.ts); outside one (transactionalDdl off), the batch
 *   turns it off around itself and checks the database before it lets go.
 * Everything runs under a SAVEPOINT, so a failure leaves the table as it was.
 */
import type { Connection } from "../dialect.js";
import type { Statement, StatementOf } from "../base/statements.js";
import { isKind } from "../../schema/item.js";
import type { CheckConstraint } from "../../schema/constraints.js";
import { fail, messageOf } from "../../util/errors.js";
import { checkForeignKeys, foreignKeysEnforced } from "./foreign-keys.js";
import { quoteIdentifier as q } from "./quoting.js";
import { SqliteCompiler } from "./compiler.js";

interface SchemaObject {
  readonly type: string;
  readonly name: string;
  readonly sql: string;
}

const SAVEPOINT = "retort_move_and_copy";

/** The identifiers an SQL text mentions (quoted or not), lower-cased; string literals skipped. */
function mentioned(sql: string): Set<string> {
  const out = new Set<string>();
  for (const m of sql.matchAll(/'(?:[^']|'')*'|"((?:[^"]|"")*)"|`((?:[^`]|``)*)`|\[([^\]]*)\]|([A-Za-z_][A-Za-z0-9_$]*)/g)) {
    const id = m[1]?.replaceAll('""', '"') ?? m[2]?.replaceAll("``", "`") ?? m[3] ?? m[4];
    if (id !== undefined) out.add(id.toLowerCase());
  }
  return out;
}

/** Views and triggers that refer to `table`, or to a view that does, in creation order; and the table's expression indexes. */
async function dependents(conn: Connection, table: string, master: string): Promise<SchemaObject[]> {
  const rows = (await conn.query(`SELECT type, name, tbl_name, sql FROM ${master} WHERE sql IS NOT NULL AND type IN ('view', 'trigger', 'index') ORDER BY rowid`)).rows;
  const names = new Set([table.toLowerCase()]);
  const picked = new Set<number>();
  for (let grew = true; grew;) {
    grew = false;
    rows.forEach((r, i) => {
      if (picked.has(i) || r["type"] === "index") return;
      const refs = mentioned(String(r["sql"]));
      if (![...names].some((n) => refs.has(n))) return;
      picked.add(i);
      if (r["type"] === "view" && !names.has(String(r["name"]).toLowerCase())) {
        names.add(String(r["name"]).toLowerCase());
        grew = true;
      }
    });
  }
  const out: SchemaObject[] = [];
  for (const [i, r] of rows.entries()) {
    const obj = { type: String(r["type"]), name: String(r["name"]), sql: String(r["sql"]) };
    if (picked.has(i)) out.push(obj);
    else if (obj.type === "index" && String(r["tbl_name"]).toLowerCase() === table.toLowerCase() && (await isExpressionIndex(conn, obj.name, master))) out.push(obj);
  }
  return out;
}

async function isExpressionIndex(conn: Connection, name: string, master: string): Promise<boolean> {
  const schema = master.includes(".") ? master.slice(0, master.indexOf(".")) + "." : "";
  const info = (await conn.query(`PRAGMA ${schema}index_xinfo(${q(name)})`)).rows;
  return info.some((i) => Number(i["key"]) === 1 && i["name"] === null);
}

/** A CHECK constraint of the new table that names a column of the old table the new one lacks. */
function checkLostColumns(create: StatementOf<"createTable">, oldColumns: readonly string[], table: string): void {
  const newColumns = new Set(create.table.columns.map((c) => (c.name ?? c.key).toLowerCase()));
  const old = new Set(oldColumns.map((c) => c.toLowerCase()));
  const checks = [...create.table.constraints, ...create.table.columns.flatMap((c) => c.constraints)]
    .filter((c): c is CheckConstraint => isKind(c, "checkConstraint"));
  const compiler = new SqliteCompiler();
  for (const c of checks) {
    const sql = compiler.expr(c.sqltext);
    const lost = [...mentioned(sql)].filter((id) => old.has(id) && !newColumns.has(id));
    if (lost.length === 0) continue;
    const name = c.name === null ? "an unnamed CHECK constraint" : `the CHECK constraint ${typeof c.name === "string" ? c.name : c.name.name}`;
    const fix = c.name === null
      ? "Retort keeps unnamed CHECK constraints when it moves and copies a table; pass copyFrom with the table as it should be copied"
      : "drop it in the batch (batchOp.dropConstraint)";
    fail(`Cannot move and copy table "${table}": ${name}, CHECK (${sql}), refers to column ${lost.map((l) => `"${l}"`).join(", ")}, which the new table does not have; ${fix}`);
  }
}

/** The table's AUTOINCREMENT counter, if it has one. */
async function sequenceOf(conn: Connection, schema: string, table: string): Promise<number | null> {
  const exists = await conn.query(`SELECT 1 FROM ${schema}sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'`);
  if (exists.rows.length === 0) return null;
  const seq = (await conn.query(`SELECT seq FROM ${schema}sqlite_sequence WHERE name = ?`, [table])).rows[0]?.["seq"];
  return seq === undefined || seq === null ? null : Number(seq);
}

/** Put the counter back where it was (the new table's rows may have moved it less far). */
async function restoreSequence(conn: Connection, schema: string, table: string, seq: number): Promise<void> {
  const now = await sequenceOf(conn, schema, table);
  if (now === null) await conn.query(`INSERT INTO ${schema}sqlite_sequence (name, seq) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM ${schema}sqlite_master WHERE name = ? AND sql LIKE '%AUTOINCREMENT%')`, [table, seq, table]);
  else if (now < seq) await conn.query(`UPDATE ${schema}sqlite_sequence SET seq = ? WHERE name = ?`, [seq, table]);
}

async function count(conn: Connection, table: string): Promise<number> {
  return Number((await conn.query(`SELECT count(*) AS n FROM ${table}`)).rows[0]?.["n"] ?? 0);
}

export async function guardMoveAndCopy(conn: Connection, statements: readonly Statement[], emit: () => Promise<void>): Promise<void> {
  const copy = statements.find((s): s is StatementOf<"insertFromSelect"> => s.kind === "insertFromSelect");
  const create = statements.find((s): s is StatementOf<"createTable"> => s.kind === "createTable");
  if (copy === undefined || create === undefined) return emit();
  const source = copy.source;
  const schema = source.schema === null ? "" : `${q(source.schema)}.`;
  const qualified = schema + q(source.name);
  const master = `${schema}sqlite_master`;
  const oldColumns = (await conn.query(`PRAGMA ${schema}table_info(${q(source.name)})`)).rows.map((r) => String(r["name"]));
  checkLostColumns(create, oldColumns, source.name);

  // Outside a transaction, enforcement can (and must) be switched off here.
  let restoreForeignKeys = false;
  if (await foreignKeysEnforced(conn)) {
    await conn.query("PRAGMA foreign_keys = OFF");
    if (await foreignKeysEnforced(conn)) {
      fail(`Cannot move and copy table "${source.name}" with foreign keys enforced inside a transaction Retort did not open: ` +
        "SQLite changes PRAGMA foreign_keys only outside a transaction. Run migrations in context.beginTransaction(), or with foreign keys off");
    }
    restoreForeignKeys = true;
  }
  await conn.query(`SAVEPOINT ${SAVEPOINT}`);
  try {
    const saved = await dependents(conn, source.name, master);
    for (const o of saved) if (o.type !== "index") await conn.query(`DROP ${o.type.toUpperCase()} IF EXISTS ${schema}${q(o.name)}`);
    const before = await count(conn, qualified);
    const seq = await sequenceOf(conn, schema, source.name);
    await emit();
    if (seq !== null) await restoreSequence(conn, schema, source.name, seq);
    for (const o of saved) {
      try {
        await conn.query(o.sql);
      } catch (err) {
        fail(`After moving and copying table "${source.name}", the ${o.type} "${o.name}" could not be created again: ${messageOf(err)}`, err);
      }
    }
    await probeSchema(conn, schema, source.name);
    const after = await count(conn, qualified);
    if (after !== before) fail(`Moving and copying table "${source.name}" copied ${after} of its ${before} rows`);
    if (restoreForeignKeys) await checkForeignKeys(conn, `after moving and copying table "${source.name}", so the batch was undone`);
    await conn.query(`RELEASE ${SAVEPOINT}`);
  } catch (err) {
    await conn.query(`ROLLBACK TO ${SAVEPOINT}`).catch(() => {});
    await conn.query(`RELEASE ${SAVEPOINT}`).catch(() => {});
    throw err;
  } finally {
    if (restoreForeignKeys) await conn.query("PRAGMA foreign_keys = ON");
  }
}

/** A RENAME makes SQLite check every view and trigger of the schema; name the one that broke. */
async function probeSchema(conn: Connection, schema: string, table: string): Promise<void> {
  const probe = "_retort_probe";
  await conn.query(`CREATE TABLE ${schema}${probe} (x)`);
  try {
    await conn.query(`ALTER TABLE ${schema}${probe} RENAME TO ${probe}_2`);
  } catch (err) {
    fail(`After moving and copying table "${table}", the schema no longer holds together: ${messageOf(err)}`, err);
  }
  await conn.query(`DROP TABLE ${schema}${probe}_2`);
}
