/*
 * Every public function of `sa`, `postgresql`, `sqlite` and `mysql`, called with missing and wrongly typed
 * arguments: each either works or fails with Retort's one-line error, never a JavaScript
 * TypeError, and no message shows an object's insides or a function's source.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import * as retort from "../../src/index.js";
import { RetortError } from "../../src/util/errors.js";

const WRONG: readonly unknown[] = [undefined, null, 5, "x", {}, [], () => "source of a function", Symbol("s"), [undefined], { a: () => 1 }];

/** Argument lists: none, then each wrong value alone, after one string, and after two. */
const ARGUMENT_LISTS: readonly unknown[][] = [[], ...WRONG.flatMap((w) => [[w], ["x", w], ["x", "y", w]])];

function functionsOf(label: string, namespace: object): [string, (...args: unknown[]) => unknown][] {
  return Object.entries(namespace)
    .filter((e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === "function")
    .map(([name, fn]) => [`${label}.${name}`, fn]);
}

const FUNCTIONS = [...functionsOf("sa", retort.sa), ...functionsOf("postgresql", retort.postgresql), ...functionsOf("sqlite", retort.sqlite), ...functionsOf("mysql", retort.mysql)];

test("the walk covers the public namespaces", () => {
  assert.ok(FUNCTIONS.length > 80, `only ${FUNCTIONS.length} functions found`);
});

test("wrong arguments to any sa or postgresql function fail with a Retort error, never a TypeError", () => {
  const raw: string[] = [];
  for (const [name, fn] of FUNCTIONS) {
    for (const args of ARGUMENT_LISTS) {
      try {
        const result = fn(...args);
        if (result instanceof Promise) result.catch(() => {});
      } catch (err) {
        if (!(err instanceof RetortError)) raw.push(`${name}: ${(err as Error).constructor.name}: ${(err as Error).message}`);
        else {
          assert.doesNotMatch(err.message, /source of a function|\[object Object\]|=>/, `${name}: ${err.message}`);
          // What no specific check caught is still reported under the function's public name.
          if (err.message.includes("these are not arguments it takes")) assert.match(err.message, /^(sa|postgresql|sqlite|mysql)\.\w+\(/, `${name}: ${err.message}`);
        }
      }
    }
  }
  assert.deepEqual([...new Set(raw)], []);
});

test("the constructors migrations use most name the argument that is wrong and what it must be", () => {
  const cases: [() => unknown, string][] = [
    [() => retort.sa.ForeignKey(undefined as never), "sa.ForeignKey: column must be a 'table.column' name or a column, got undefined"],
    [() => retort.sa.ForeignKeyConstraint("id" as never, ["u.id"]), `sa.ForeignKeyConstraint: columns must be a list of column names or columns, got "id"`],
    [() => retort.sa.ForeignKeyConstraint(["id"], [5] as never), "sa.ForeignKeyConstraint: refcolumns must be a list of 'table.column' names or columns, got a list of 1"],
    [() => retort.sa.PrimaryKeyConstraint(5 as never), "sa.PrimaryKeyConstraint: columns must be column names or columns, got 5"],
    [() => retort.sa.UniqueConstraint("a", null as never), "sa.UniqueConstraint: columns must be column names or columns, got null"],
    [() => retort.sa.CheckConstraint(undefined as never), "sa.CheckConstraint: sqltext must be a SQL expression or a string, got undefined"],
    [() => retort.sa.Index(5 as never, "a"), "sa.Index: name must be a name (a string or op.f(...)) or null, got 5"],
    [() => retort.sa.Index("ix", [] as never), "sa.Index: expressions must be column names, columns or SQL expressions, got a list of 0"],
    [() => retort.sa.Boolean(5 as never), "sa.Boolean: createConstraint must be true, false or null, got 5"],
    [() => retort.sa.String("50" as never), `sa.String: length must be an integer or null, got "50"`],
    [() => retort.sqlite.DATETIME({ storageFormat: 5 as never }), "sqlite.DATETIME: storageFormat must be a string or null, got 5"],
    [() => retort.mysql.VARCHAR(50, { charset: 5 as never }), "mysql.VARCHAR: charset must be a string or null, got 5"],
    [() => retort.mysql.INTEGER({ unsigned: "yes" as never }), `mysql.INTEGER: unsigned must be true or false, got "yes"`],
    [() => retort.mysql.DOUBLE({ precision: 10 }), "You must specify both precision and scale or omit both altogether."],
    [() => retort.sa.Integer(5 as never), "sa.Integer: takes no arguments by position, got 1"],
    [() => retort.sa.Numeric(10, { scale: "2" as never }), `sa.Numeric: scale must be an integer or null, got "2"`],
    [() => retort.sa.Enum("a", ["b"], 5 as never), "sa.Enum: argument 3 must be a string, a list of strings or an enum object, got 5"],
    [() => retort.sa.Column("x", retort.sa.Integer, { serverDefault: 5 as never }), "sa.Column: serverDefault must be a string or a SQL expression (sa.text(...)) or null, got 5"],
    [() => retort.sa.MetaData({ namingConvention: "x" as never }), `sa.MetaData: namingConvention must be an object, got "x"`],
    [() => retort.sa.func.lower(undefined), "sa.func.lower: argument 1 must be a SQL expression or a value, got undefined"],
    [() => retort.sa.cast("x", "INT" as never), `sa.cast: type_ must be a column type, got "INT"`],
    [() => retort.postgresql.TIMESTAMP({ precision: "3" as never }), `postgresql.TIMESTAMP: precision must be an integer or null, got "3"`],
    [() => retort.sa.Table(5 as never, retort.sa.MetaData()), "sa.Table: name must be a table name (a string), got 5"],
    [() => retort.sa.Table("t", "x" as never), `sa.Table: metadata must be a MetaData (sa.MetaData()), got "x"`],
    [() => retort.sa.Table("t", retort.sa.MetaData(), "id" as never), `sa.Table: each of columns must be sa.Column(...), a constraint or sa.Index(...), got "id"`],
    [() => retort.sa.text(5 as never), "sa.text: text must be a SQL string, got 5"],
  ];
  for (const [call, message] of cases) assert.throws(call, (err: Error) => (assert.ok(err instanceof RetortError), assert.equal(err.message, message), true));
});
