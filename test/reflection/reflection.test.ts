/**
 * Reflection compared with SQLAlchemy 1.4's: record.py built one schema (35 tables, 30 on
 * PostgreSQL) on a fresh SQLite file, MariaDB database and PostgreSQL database and recorded
 * what `inspect(engine).get_*` says of each table. Here the same statements build the same schema,
 * and each dialect's reflectSchema must describe it the same way (types compared as repr() shapes),
 * in a fixed number of queries.
 */
import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Engine } from "../../src/runtime/engine.js";
import { parseUrl } from "../../src/config/url.js";
import type { BoundConnection } from "../../src/dialects/dialect.js";
import type { InspectedTable } from "../../src/reflection/inspected.js";
import { inspectedFromTable } from "../../src/reflection/derive.js";
import { createDatabase, type MariadbDatabase } from "../support/mariadb.js";
import { scratchDir } from "../support/scratch.js";
import { createDatabase as createPgDatabase } from "../support/pg.js";

const pgDbs: { drop(): Promise<void> }[] = [];
import { parseRepr, typeShape } from "./type-repr.js";

const HERE = new URL(".", import.meta.url).pathname;
const read = (f: string) => JSON.parse(readFileSync(join(HERE, f), "utf8"));

type Recorded = Record<string, any>;

/** A recorded table's dicts, types as shapes: what Retort's must equal. */
function expected(t: Recorded): Recorded {
  return {
    ...t,
    columns: t["columns"].map((c: Recorded) => ({ ...c, type: parseRepr(c["type"]["repr"]) })),
  };
}

function actual(t: InspectedTable, dialect: string): Recorded {
  return {
    columns: t.columns.map((c) => ({
      ...c,
      type: typeShape(c.type),
      ...(dialect === "sqlite" ? {} : { comment: c.comment ?? null }),
    })),
    pk_constraint: t.pk_constraint,
    foreign_keys: t.foreign_keys,
    indexes: t.indexes,
    unique_constraints: t.unique_constraints,
    check_constraints: t.check_constraints,
    table_comment: dialect === "sqlite" ? null : { text: t.comment },
    table_options: t.options,
  };
}

async function connect(url: string): Promise<BoundConnection> {
  return new Engine(parseUrl(url)).connect();
}

async function build(conn: BoundConnection, statements: readonly string[]): Promise<void> {
  for (const s of statements) await conn.query(s);
}

/** Catalog queries for a whole schema, whatever the number of tables. */
const QUERIES: Readonly<Record<string, number>> = { sqlite: 5, mariadb: 7, postgresql: 6 };

function compareWithRecording(conn: BoundConnection, dialect: string, recorded: Recorded) {
  return async () => {
    const reflect = conn.dialect.reflectSchema;
    assert.ok(reflect, `${dialect} has reflectSchema`);
    const got = await reflect(conn, { schemas: [null] });
    if (QUERIES[dialect] !== undefined) assert.equal(got.queries, QUERIES[dialect]);
    // A dialect that gives only the tables is described as sa.inspect() describes it.
    const inspected = got.inspected ?? got.metadata.sortedTables.map(inspectedFromTable);
    const names = inspected.map((t) => t.name);
    assert.deepEqual(dialect === "postgresql" ? names.sort() : names, recorded["table_names"]);
    const differ: string[] = [];
    for (const t of inspected) {
      const mine = JSON.parse(JSON.stringify(actual(t, dialect)));
      const want = expected(recorded["tables"][t.name]);
      for (const key of Object.keys(want)) {
        try {
          assert.deepEqual(mine[key], want[key]);
        } catch {
          differ.push(`${t.name}.${key}: ${JSON.stringify(mine[key])} <> ${JSON.stringify(want[key])}`);
        }
      }
      // MetaData.reflect's Table holds the same columns and keys.
      const table = got.metadata.tables.get(t.name);
      assert.ok(table, `${t.name} in the metadata`);
      assert.deepEqual(table.columns.map((c) => c.name), t.columns.map((c) => c.name));
      assert.deepEqual([...table.primaryKey.columns], [...t.pk_constraint.constrained_columns]);
    }
    assert.deepEqual(differ, []);
  };
}

/** `n` small tables, each with a key, a foreign key to the previous one, an index and a unique key. */
const manyTables = (n: number, q: (s: string) => string) => Array.from({ length: n }, (_, i) =>
  [`CREATE TABLE ${q(`t${i}`)} (id INTEGER NOT NULL PRIMARY KEY, prev INTEGER${i > 0 ? ` REFERENCES ${q(`t${i - 1}`)} (id)` : ""}, code VARCHAR(10) UNIQUE, n INTEGER)`,
    `CREATE INDEX ${q(`ix_t${i}_n`)} ON ${q(`t${i}`)} (n)`]).flat();

describe("reflection on SQLite compared with SQLAlchemy 1.4's", () => {
  const dir = scratchDir("retort-reflect-");
  let conn: BoundConnection;
  after(async () => conn?.close());
  test("35 tables of the recorded schema", async () => {
    conn = await connect(`sqlite:///${join(dir, "schema.db")}`);
    await build(conn, read("schema.sqlite.json"));
    await compareWithRecording(conn, "sqlite", read("sqlite.json"))();
  });
  test("sa.inspect(connection) answers with the same dicts; a reflected Table reads back as them", async () => {
    const { sa } = await import("../../src/index.js");
    const recorded = read("sqlite.json");
    const insp = sa.inspect(conn);
    assert.equal(await insp.defaultSchemaName, "main");
    assert.deepEqual(await insp.getSchemaNames(), ["main"]);
    assert.deepEqual(await insp.getTableNames(), recorded["table_names"]);
    assert.equal(await insp.hasTable("pairs"), true);
    assert.equal(await insp.hasTable("nowhere"), false);
    const tables = recorded["tables"];
    assert.deepEqual(await insp.getIndexes("pairs"), tables["pairs"]["indexes"]);
    assert.deepEqual(await insp.getUniqueConstraints("pairs"), tables["pairs"]["unique_constraints"]);
    assert.deepEqual(await insp.getForeignKeys("post_tags"), tables["post_tags"]["foreign_keys"]);
    assert.deepEqual(await insp.getCheckConstraints("payments"), tables["payments"]["check_constraints"]);
    assert.deepEqual(await insp.getPkConstraint("orders"), tables["orders"]["pk_constraint"]);
    assert.deepEqual((await insp.getColumns("audit")).map((c) => [c.name, c.nullable, c.default]),
      tables["audit"]["columns"].map((c: Recorded) => [c["name"], c["nullable"], c["default"]]));
    await assert.rejects(insp.getColumns("nowhere"), /sa\.inspect\(bind\)\.getColumns: NoSuchTableError: nowhere/);
    // The Table MetaData.reflect builds, described again from the Table alone (what a dialect
    // without the dicts gets), keeps the keys, constraints and defaults.
    const got = await conn.dialect.reflectSchema!(conn, { schemas: [null] });
    for (const t of got.inspected ?? []) {
      const back = inspectedFromTable(got.metadata.tables.get(t.name)!);
      const keyOf = (x: InspectedTable) => ({
        columns: x.columns.map((c) => [c.name, c.nullable, c.default]),
        pk: x.pk_constraint.constrained_columns,
        // The Table keeps the actions the catalog knows beside SQLAlchemy's dicts (extras).
        fks: x.foreign_keys.map((f, i) => ({ ...f, options: { ...f.options, ...(x.extras.foreignKeyOptions?.[i] ?? {}) } })),
        indexes: x.indexes.map((i) => [i.name, i.column_names, Boolean(i.unique)]),
        uniques: x.unique_constraints.map((u) => [u.name, u.column_names]),
        checks: x.check_constraints,
      });
      assert.deepEqual(keyOf(back), keyOf(t), t.name);
    }
  });
  test("an attached database is a schema: its tables, keys referring within it, its name", async () => {
    const { sa } = await import("../../src/index.js");
    const c = await connect(`sqlite:///${join(dir, "main.db")}`);
    try {
      await c.query(`ATTACH DATABASE '${join(dir, "other.db")}' AS other`);
      await build(c, ["CREATE TABLE other.parent (id INTEGER PRIMARY KEY)", "CREATE TABLE other.child (id INTEGER PRIMARY KEY, p INTEGER REFERENCES parent (id))",
        "CREATE TABLE here (id INTEGER PRIMARY KEY)"]);
      const got = await c.dialect.reflectSchema!(c, { schemas: ["other"] });
      assert.deepEqual([...got.metadata.tables.keys()], ["other.child", "other.parent"]);
      assert.deepEqual(got.inspected?.[0]?.foreign_keys, [{ name: null, constrained_columns: ["p"], referred_schema: "other", referred_table: "parent", referred_columns: ["id"], options: {} }]);
      const insp = sa.inspect(c);
      assert.deepEqual(await insp.getSchemaNames(), ["main", "other"]);
      assert.deepEqual(await insp.getTableNames({ schema: "other" }), ["child", "parent"]);
      assert.deepEqual(await insp.getTableNames(), ["here"]);
      const md = sa.MetaData();
      await md.reflect(c, { schema: "other", only: ["child"] });
      assert.deepEqual([...md.tables.keys()], ["other.child"]);
      await assert.rejects(md.reflect(c, { only: ["missing"] }), /metadata\.reflect: Could not reflect: requested table\(s\) not available in the database: \(missing\)/);
    } finally {
      await c.close();
    }
  });
  test("the number of catalog queries does not grow with the number of tables", async () => {
    const counts: number[] = [];
    for (const n of [3, 60]) {
      const c = await connect(`sqlite:///${join(dir, `many-${n}.db`)}`);
      await build(c, manyTables(n, (s) => s));
      const got = await c.dialect.reflectSchema!(c, { schemas: [null] });
      assert.equal(got.metadata.tables.size, n);
      counts.push(got.queries);
      await c.close();
    }
    assert.deepEqual(counts, [5, 5]);
  });
});

/** PostgreSQL and PGlite against the same recording (record.py on a PostgreSQL server). */
for (const [label, makeUrl] of [
  ["PostgreSQL", async () => { const db = await createPgDatabase("retort_reflect"); pgDbs.push(db); return db.url; }],
  ["PGlite", async () => `pglite:///${join(scratchDir("retort-reflect-pglite-"), "data")}`],
] as const) {
  describe(`reflection on ${label} compared with SQLAlchemy 1.4's`, () => {
    let conn: BoundConnection | undefined;
    after(async () => conn?.close());
    test("30 tables of the recorded schema", async () => {
      conn = await connect(await makeUrl());
      await build(conn, read("schema.postgresql.json"));
      const recorded = read("postgresql.json");
      // pg_class order, which SQLAlchemy does not sort: compared as a set.
      recorded["table_names"] = [...recorded["table_names"]].sort();
      await compareWithRecording(conn, "postgresql", recorded)();
    });
    test("sa.inspect(connection) answers with the same dicts; metadata.reflect() reads the whole schema", async () => {
      const { sa } = await import("../../src/index.js");
      const recorded = read("postgresql.json");
      const tables = recorded["tables"];
      const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
      const insp = sa.inspect(conn!);
      assert.equal(await insp.defaultSchemaName, "public");
      assert.ok((await insp.getSchemaNames()).includes("public"));
      assert.ok(!(await insp.getSchemaNames()).includes("pg_catalog"));
      // The view is no table.
      assert.deepEqual((await insp.getTableNames()).sort(), [...recorded["table_names"]].sort());
      assert.equal(await insp.hasTable("pairs"), true);
      assert.equal(await insp.hasTable("nowhere"), false);
      assert.deepEqual(plain(await insp.getIndexes("pairs")), tables["pairs"]["indexes"]);
      assert.deepEqual(plain(await insp.getIndexes("pg_raw")), tables["pg_raw"]["indexes"]);
      assert.deepEqual(plain(await insp.getUniqueConstraints("pairs")), tables["pairs"]["unique_constraints"]);
      assert.deepEqual(plain(await insp.getForeignKeys("post_tags")), tables["post_tags"]["foreign_keys"]);
      assert.deepEqual(plain(await insp.getCheckConstraints("payments")), tables["payments"]["check_constraints"]);
      assert.deepEqual(plain(await insp.getPkConstraint("orders")), tables["orders"]["pk_constraint"]);
      assert.deepEqual(await insp.getTableComment("pg_raw"), tables["pg_raw"]["table_comment"]);
      // Keys in SQLAlchemy's order (the recording sorts them): identity and computed last.
      const rawColumns = await insp.getColumns("pg_raw");
      assert.deepEqual(rawColumns.map((c) => Object.keys(c)), rawColumns.map((c) =>
        ["name", "type", "nullable", "default", "autoincrement", "comment", ...("computed" in c ? ["computed"] : []), ...("identity" in c ? ["identity"] : [])]));
      assert.deepEqual(rawColumns.map(({ type: _, ...c }) => plain(c)), tables["pg_raw"]["columns"].map(({ type: _, ...c }: Recorded) => c));
      assert.deepEqual(await insp.getEnums(), [{ name: "level", schema: null, labels: ["low", "high"] }, { name: "mood", schema: null, labels: ["happy", "sad", "it's ok"] }]);
      await assert.rejects(insp.getColumns("nowhere"), /sa\.inspect\(bind\)\.getColumns: NoSuchTableError: nowhere/);
      const md = sa.MetaData();
      await md.reflect(conn!);
      assert.deepEqual([...md.tables.keys()].sort(), [...recorded["table_names"]].sort());
      const posts = await sa.Table("posts", sa.MetaData(), { autoloadWith: conn! });
      assert.deepEqual(posts.columns.map((c) => c.name), ["id", "user_id", "title", "body"]);
    });
    test("the number of catalog queries does not grow with the number of tables", async () => {
      const counts: number[] = [];
      for (const n of [3, 60]) {
        const c = await connect(await makeUrl());
        try {
          await build(c, manyTables(n, (s) => s));
          const got = await c.dialect.reflectSchema!(c, { schemas: [null] });
          assert.equal(got.metadata.tables.size, n);
          assert.equal(got.inspected?.length, n);
          counts.push(got.queries);
        } finally {
          await c.close();
        }
      }
      // Six: the table rows carry the current schema's name (one more only with neither tables nor enum types).
      assert.deepEqual(counts, [6, 6]);
    });
  });
}
after(async () => {
  for (const db of pgDbs) await db.drop();
});

describe("reflection on MariaDB compared with SQLAlchemy 1.4's", () => {
  const dbs: MariadbDatabase[] = [];
  let conn: BoundConnection | undefined;
  after(async () => {
    await conn?.close();
    for (const db of dbs) await db.drop();
  });
  test("35 tables of the recorded schema", async () => {
    const db = await createDatabase("retort_reflect");
    dbs.push(db);
    await db.query(`ALTER DATABASE \`${db.name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci`);
    conn = await connect(db.url.replace(/^mysql:/, "mariadb:"));
    await build(conn, read("schema.mariadb.json"));
    await compareWithRecording(conn, "mariadb", read("mariadb.json"))();
  });
  test("sa.inspect(connection): the database's name, options and comments", async () => {
    const { sa } = await import("../../src/index.js");
    const tables = read("mariadb.json")["tables"];
    const insp = sa.inspect(conn!);
    assert.equal(await insp.defaultSchemaName, dbs[0]!.name);
    assert.ok((await insp.getSchemaNames()).includes(dbs[0]!.name));
    assert.deepEqual(await insp.getTableOptions("my_types"), tables["my_types"]["table_options"]);
    assert.deepEqual(await insp.getTableComment("my_comments"), tables["my_comments"]["table_comment"]);
    assert.deepEqual(await insp.getUniqueConstraints("my_raw"), tables["my_raw"]["unique_constraints"]);
    assert.deepEqual(await insp.getEnums(), []);
    // Beyond SQLAlchemy 1.4's dicts, the reflected Table keeps index prefix lengths (so that a copy
    // can index a TEXT column) and the table options a copy's CREATE TABLE restates.
    const got = await conn!.dialect.reflectSchema!(conn!, { schemas: [null], tables: ["my_prefix", "my_raw", "my_comments"] });
    const lengths = (t: string) => Object.fromEntries(got.metadata.tables.get(t)!.indexes.map((i) => [String(i.name), i.dialectOptions["mariadbLength"] ?? null]));
    assert.deepEqual(lengths("my_prefix"), { ix_my_prefix_title: { title: 20 }, ix_my_prefix_body: { body: 100 } });
    assert.deepEqual(lengths("my_raw"), { uq_raw_d_c: null, ix_raw_ab: { b: 4 }, ft_raw: null });
    assert.deepEqual(got.metadata.tables.get("my_comments")!.dialectOptions,
      { mariadbComment: "a commented table", mariadbEngine: "InnoDB", mariadbDefaultCharset: "utf8mb4", mariadbCollate: "utf8mb4_general_ci" });
    assert.equal(got.metadata.tables.get("my_comments")!.comment, "a commented table");
    assert.equal(got.queries, 7);
  });
  test("the number of catalog queries does not grow with the number of tables", async () => {
    const counts: number[] = [];
    for (const n of [3, 40]) {
      const db = await createDatabase("retort_reflect");
      dbs.push(db);
      const c = await connect(db.url);
      await build(c, manyTables(n, (s) => `\`${s}\``));
      const got = await c.dialect.reflectSchema!(c, { schemas: [null] });
      assert.equal(got.metadata.tables.size, n);
      counts.push(got.queries);
      await c.close();
    }
    assert.deepEqual(counts, [7, 7]);
  });
});

describe("reflection's entry points refuse what they cannot use", () => {
  test("Python's autoload_with spelling, and a bind that is not a connection, fail saying what to write", async () => {
    const { sa } = await import("../../src/index.js");
    assert.throws(() => sa.Table("x", sa.MetaData(), { autoload_with: {} } as never), /autoload_with is spelt autoloadWith/);
    assert.throws(() => sa.inspect(undefined as never), /sa\.inspect: expected a connection \(op\.getBind\(\), or the connection env\.ts is given\), got undefined/);
    await assert.rejects(sa.MetaData().reflect({} as never), /metadata\.reflect: bind must be a connection/);
  });
});
